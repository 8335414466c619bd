"""Adds the bias after the activation instead of before it."""

# %% forward-answer
import numpy as np


def forward(x, layers, activations):
    values = np.asarray(x, dtype=float)
    for (W, b), activation in zip(layers, activations):
        values = W @ values
        if activation == "relu":
            values = np.maximum(values, 0)
        values = values + b
    return values
