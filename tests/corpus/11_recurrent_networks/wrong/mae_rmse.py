"""Computes the root mean squared error instead."""

# %% mae-answer
import numpy as np


def mae(y_true, y_pred):
    """Return the mean absolute error between y_true and y_pred, one number."""
    return float(np.sqrt(np.mean((y_true - y_pred) ** 2)))
