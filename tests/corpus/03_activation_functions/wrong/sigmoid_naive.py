"""Sigmoid straight from the formula: overflows (with a warning) for z = -1000."""

# %% sigmoid-answer
import numpy as np


def sigmoid(z):
    """Logistic sigmoid, elementwise."""
    return 1 / (1 + np.exp(-z))
