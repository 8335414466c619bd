"""Forgets the biases."""

# %% forward-pass-answer
import numpy as np


def forward_pass(x, weights, biases):
    """Return the output layer's values of a fully connected ReLU network for x (one row or a batch)."""
    a = x
    for k, W in enumerate(weights):
        z = a @ W.T
        a = z if k == len(weights) - 1 else np.maximum(0, z)
    return a
