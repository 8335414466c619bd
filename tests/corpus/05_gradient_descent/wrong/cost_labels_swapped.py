"""Pairs the label 1 with log(1 - p) and the label 0 with log(p)."""

# %% cross-entropy-answer
def cross_entropy(X, y, w, b):
    """Return the mean binary cross-entropy of the logistic neuron sigmoid(X @ w + b) against y."""
    logits = X @ w + b
    return np.mean(y * np.logaddexp(0.0, logits) + (1 - y) * np.logaddexp(0.0, -logits))
