"""Sums the products over the wrong axis (over neurons instead of over inputs)."""

# %% dense-layer-answer
import numpy as np


def dense_layer(x, weights, biases, activation):
    """Return the outputs of a dense layer."""
    return activation(np.sum(weights * x, axis=0) + biases)
