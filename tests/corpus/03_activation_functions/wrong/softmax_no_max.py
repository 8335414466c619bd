"""Softmax without subtracting the maximum: overflows for scores around 1000."""

# %% softmax-answer
import numpy as np


def softmax(z):
    """Softmax along the last axis."""
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
