"""Forgets the biases of the layer."""


# %% leaky-layer-answer
def leaky_layer(X, weights, biases, alpha):
    """Leaky layer without biases."""
    sums = X @ weights.T
    return np.where(sums > 0, sums, alpha * sums)
