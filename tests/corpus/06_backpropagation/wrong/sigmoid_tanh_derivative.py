"""Sigmoid backward uses the tanh rule 1 - s**2 instead of s * (1 - s)."""

# %% sigmoid-backward-answer
import numpy as np


def sigmoid_backward(x, upstream):
    """Return dx for the node out = sigmoid(x), given the input x and upstream = dL/dout."""
    s = 1 / (1 + np.exp(-np.asarray(x, dtype=float)))
    return upstream * (1 - s**2)
