"""Stores the outputs in an integer array, so decimals are cut off."""

# %% dense-layer-answer
import numpy as np


def dense_layer(x, weights, biases, activation):
    """Return the outputs of a dense layer."""
    outputs = np.zeros(len(biases), dtype=int)
    for j in range(len(biases)):
        outputs[j] = activation(np.dot(weights[j], x) + biases[j])
    return outputs
