"""Stable sigmoid in an array made with np.empty_like: integer inputs give integer results."""

# %% sigmoid-answer
import numpy as np


def sigmoid(z):
    """Logistic sigmoid, elementwise."""
    out = np.empty_like(z)
    positive = z >= 0
    out[positive] = 1 / (1 + np.exp(-z[positive]))
    e = np.exp(z[~positive])
    out[~positive] = e / (1 + e)
    return out
