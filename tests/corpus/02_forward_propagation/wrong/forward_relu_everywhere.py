"""Ignores the activation names and applies ReLU in every layer."""

# %% forward-answer
import numpy as np


def forward(x, layers, activations):
    values = x
    for W, b in layers:
        values = np.maximum(0, W @ values + b)
    return values
