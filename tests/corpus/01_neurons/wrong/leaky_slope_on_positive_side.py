"""Scales the positive sums by alpha and keeps the negative ones."""


# %% leaky-layer-answer
def leaky_layer(X, weights, biases, alpha):
    """Leaky ReLU with its two sides swapped."""
    sums = X @ weights.T + biases
    return np.where(sums > 0, alpha * sums, sums)
