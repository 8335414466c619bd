"""Loops over all layers but the last and returns the last hidden layer's values."""

# %% forward-batch-answer
import numpy as np


def forward_batch(X, layers, activations):
    values = X
    for (W, b), activation in zip(layers[:-1], activations[:-1]):
        values = values @ W.T + b
        if activation == "relu":
            values = np.maximum(0, values)
    return values
