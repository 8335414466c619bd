"""Hard-codes the slope 0.1 instead of using the alpha it is given."""


# %% leaky-layer-answer
def leaky_layer(X, weights, biases, alpha):
    """Leaky layer with alpha fixed at 0.1."""
    sums = X @ weights.T + biases
    return np.where(sums > 0, sums, 0.1 * sums)
