"""Off-by-one loop: stops before the output layer and returns the last hidden layer."""

# %% forward-pass-answer
import numpy as np


def forward_pass(x, weights, biases):
    """Return the output layer's values of a fully connected ReLU network for x (one row or a batch)."""
    a = x
    for k in range(len(weights) - 1):
        a = np.maximum(0, a @ weights[k].T + biases[k])
    return a
