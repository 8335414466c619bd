"""Adds bias j to row j of the batch instead of to column j (node j) of every row."""

# %% forward-batch-answer
import numpy as np


def forward_batch(X, layers, activations):
    values = X
    for (W, b), activation in zip(layers, activations):
        values = (W @ values.T + b).T
        if activation == "relu":
            values = np.maximum(0, values)
    return values
