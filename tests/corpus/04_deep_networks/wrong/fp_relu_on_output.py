"""Applies ReLU to the output layer too."""

# %% forward-pass-answer
import numpy as np


def forward_pass(x, weights, biases):
    """Return the output layer's values of a fully connected ReLU network for x (one row or a batch)."""
    a = x
    for W, b in zip(weights, biases):
        a = np.maximum(0, a @ W.T + b)
    return a
