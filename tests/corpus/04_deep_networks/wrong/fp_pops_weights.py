"""Empties the caller's lists with pop(0)."""

# %% forward-pass-answer
import numpy as np


def forward_pass(x, weights, biases):
    """Return the output layer's values of a fully connected ReLU network for x (one row or a batch)."""
    a = x
    while weights:
        W, b = weights.pop(0), biases.pop(0)
        z = a @ W.T + b
        a = z if not weights else np.maximum(0, z)
    return a
