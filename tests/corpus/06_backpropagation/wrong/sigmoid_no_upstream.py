"""Sigmoid backward returns the local gradient s * (1 - s) without the upstream factor."""

# %% sigmoid-backward-answer
import numpy as np


def sigmoid_backward(x, upstream):
    """Return dx for the node out = sigmoid(x), given the input x and upstream = dL/dout."""
    s = 1 / (1 + np.exp(-np.asarray(x, dtype=float)))
    return s * (1 - s)
