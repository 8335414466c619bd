"""Writes the derivative into the input array, changing the caller's data."""

# %% relu-derivative-answer
import numpy as np


def relu_derivative(z):
    """Derivative of ReLU, elementwise."""
    positive = z > 0
    z[positive] = 1
    z[~positive] = 0
    return np.asarray(z, dtype=float)
