"""Forgets the biases of the layer."""


# %% dense-layer-answer
def dense_layer(x, weights, biases, activation):
    """Return the outputs of a dense layer."""
    return activation(weights @ x)
