"""Takes the absolute value of the mean error, after the errors have cancelled."""

# %% mae-answer
import numpy as np


def mae(y_true, y_pred):
    """Return the mean absolute error between y_true and y_pred, one number."""
    return float(abs(np.mean(y_true - y_pred)))
