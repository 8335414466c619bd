"""Squares the input instead of tanh: 1 - tanh(z**2)."""

# %% tanh-derivative-answer
import numpy as np


def tanh_derivative(z):
    """Derivative of tanh, elementwise."""
    return 1 - np.tanh(z**2)
