"""Applies each layer's activation to the values coming into the layer instead of to its result."""

# %% forward-batch-answer
import numpy as np


def forward_batch(X, layers, activations):
    values = X
    for (W, b), activation in zip(layers, activations):
        if activation == "relu":
            values = np.maximum(0, values)
        values = values @ W.T + b
    return values
