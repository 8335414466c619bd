"""Multiplies the batch by W instead of W.T (right only for square, symmetric weights)."""

# %% forward-batch-answer
import numpy as np


def forward_batch(X, layers, activations):
    values = X
    for (W, b), activation in zip(layers, activations):
        values = values @ W + b
        if activation == "relu":
            values = np.maximum(0, values)
    return values
