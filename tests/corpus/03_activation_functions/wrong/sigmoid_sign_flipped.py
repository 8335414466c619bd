"""Sigmoid with the sign flipped: 1 / (1 + e^z)."""

# %% sigmoid-answer
import numpy as np


def sigmoid(z):
    """Logistic sigmoid, elementwise."""
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, e / (1.0 + e), 1.0 / (1.0 + e))
