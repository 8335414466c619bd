"""Forgets the bias in the predictions."""

# %% sse-answer
import numpy as np


def sse(X, y, w, b):
    """Return the sum of squared errors of the predictions X @ w + b against y."""
    return np.sum((X @ w - y) ** 2)
