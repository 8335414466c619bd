"""Returns the absolute errors themselves, not their mean."""

# %% mae-answer
import numpy as np


def mae(y_true, y_pred):
    """Return the mean absolute error between y_true and y_pred, one number."""
    return np.abs(y_true - y_pred)
