"""Leaves out the biases: only the multiply-add of the chapter."""

# %% forward-answer
import numpy as np


def forward(x, layers, activations):
    values = x
    for (W, b), activation in zip(layers, activations):
        values = W @ values
        if activation == "relu":
            values = np.maximum(0, values)
    return values
