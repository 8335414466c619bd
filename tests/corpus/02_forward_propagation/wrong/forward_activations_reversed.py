"""Pairs the layers with the activations in reverse order."""

# %% forward-answer
import numpy as np


def forward(x, layers, activations):
    values = x
    for (W, b), activation in zip(layers, activations[::-1]):
        values = W @ values + b
        if activation == "relu":
            values = np.maximum(0, values)
    return values
