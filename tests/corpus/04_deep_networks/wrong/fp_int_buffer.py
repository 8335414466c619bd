"""Stores each layer in an array shaped like x with x's dtype: integer inputs truncate."""

# %% forward-pass-answer
import numpy as np


def forward_pass(x, weights, biases):
    """Return the output layer's values of a fully connected ReLU network for x (one row or a batch)."""
    a = x
    for k, (W, b) in enumerate(zip(weights, biases)):
        z = np.zeros(a.shape[:-1] + (W.shape[0],), dtype=x.dtype)
        z[...] = a @ W.T + b
        a = z if k == len(weights) - 1 else np.maximum(0, z)
    return a
