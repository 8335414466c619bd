"""Returns the sum of the last layer's values as one number instead of the array of its nodes."""

# %% forward-answer
import numpy as np


def forward(x, layers, activations):
    values = x
    for (W, b), activation in zip(layers, activations):
        values = W @ values + b
        if activation == "relu":
            values = np.maximum(0, values)
    return float(np.sum(values))
