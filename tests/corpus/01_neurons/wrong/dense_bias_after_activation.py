"""Adds the biases after the activation."""


# %% dense-layer-answer
def dense_layer(x, weights, biases, activation):
    """Return the outputs of a dense layer."""
    return activation(weights @ x) + biases
