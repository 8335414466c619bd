"""Accumulates into the bias arrays in place, changing the caller's biases."""

# %% forward-pass-answer
import numpy as np


def forward_pass(x, weights, biases):
    """Return the output layer's values of a fully connected ReLU network for x (one row or a batch)."""
    a = x
    for k, (W, b) in enumerate(zip(weights, biases)):
        z = b
        z += a @ W.T if a.ndim == 1 else 0
        if a.ndim == 2:
            z = a @ W.T + b
        a = z if k == len(weights) - 1 else np.maximum(0, z)
    return a
