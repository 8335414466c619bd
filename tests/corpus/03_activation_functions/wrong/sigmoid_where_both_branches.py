"""Chooses the stable form with np.where, but np.where evaluates both forms: overflow."""

# %% sigmoid-answer
import numpy as np


def sigmoid(z):
    """Logistic sigmoid, elementwise."""
    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))
