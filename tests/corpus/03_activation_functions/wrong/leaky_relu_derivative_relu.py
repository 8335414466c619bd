"""Gives slope 0 for negative inputs, the derivative of plain ReLU."""

# %% leaky-relu-derivative-answer
import numpy as np


def leaky_relu_derivative(z, alpha=0.01):
    """Derivative of leaky ReLU."""
    return (np.asarray(z) > 0).astype(float)
