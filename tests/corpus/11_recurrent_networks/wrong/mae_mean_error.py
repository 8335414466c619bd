"""Forgets the absolute value: the mean error, where misses in both directions cancel."""

# %% mae-answer
import numpy as np


def mae(y_true, y_pred):
    """Return the mean absolute error between y_true and y_pred, one number."""
    return float(np.mean(y_true - y_pred))
