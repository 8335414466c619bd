"""Softmax of the whole batch flattened: all entries together sum to 1, not each row."""

# %% softmax-answer
import numpy as np


def softmax(z):
    """Softmax along the last axis."""
    e = np.exp(z - np.max(z))
    return e / e.sum()
