"""Derivative as e^-z / (1 + e^-z)^2: infinity over infinity (nan) for z = -1000."""

# %% sigmoid-derivative-answer
import numpy as np


def sigmoid_derivative(z):
    """Derivative of the sigmoid, elementwise."""
    e = np.exp(-np.asarray(z, dtype=float))
    return e / (1 + e) ** 2
