"""Transposed weight matrix: uses column j as neuron j's weights."""


# %% dense-layer-answer
def dense_layer(x, weights, biases, activation):
    """Return the outputs of a dense layer."""
    return activation(weights.T @ x + biases)
