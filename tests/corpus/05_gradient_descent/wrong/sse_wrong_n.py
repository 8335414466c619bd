"""Divides by the wrong n: the mean squared error times the number of features, not rows."""

# %% sse-answer
import numpy as np


def sse(X, y, w, b):
    """Return the sum of squared errors of the predictions X @ w + b against y."""
    return np.mean((X @ w + b - y) ** 2) * X.shape[1]
