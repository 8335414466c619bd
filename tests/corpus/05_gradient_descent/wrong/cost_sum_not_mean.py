"""Adds the rows' cross-entropies instead of averaging them (the chapter's SSE was a sum; this cost is a mean)."""

# %% cross-entropy-answer
def cross_entropy(X, y, w, b):
    """Return the mean binary cross-entropy of the logistic neuron sigmoid(X @ w + b) against y."""
    logits = X @ w + b
    return np.sum(np.logaddexp(0.0, logits) - y * logits)
