"""Flattens the result to one number per row, dropping the output layer's axis."""

# %% forward-batch-answer
import numpy as np


def forward_batch(X, layers, activations):
    values = X
    for (W, b), activation in zip(layers, activations):
        values = values @ W.T + b
        if activation == "relu":
            values = np.maximum(0, values)
    return values.ravel()
