"""Subtracts the largest score of the whole batch: rows far below it underflow to 0/0."""

# %% softmax-answer
import numpy as np


def softmax(z):
    """Softmax along the last axis."""
    e = np.exp(z - np.max(z))
    return e / e.sum(axis=-1, keepdims=True)
