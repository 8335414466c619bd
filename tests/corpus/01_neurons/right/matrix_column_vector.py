"""Works with a column vector internally and flattens the result at the end."""

# %% dense-layer-answer
import numpy as np


def dense_layer(x, weights, biases, activation):
    """Return the outputs of a dense layer."""
    column = np.reshape(x, (-1, 1))
    z = np.matmul(weights, column) + np.reshape(biases, (-1, 1))
    return activation(z).ravel()


# %% count-parameters-answer
def count_parameters(layer_sizes):
    """Return the number of parameters."""
    total = 0
    for index, size in enumerate(layer_sizes):
        if index > 0:
            total += (layer_sizes[index - 1] + 1) * size
    return total
