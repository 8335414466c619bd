"""Forgets keepdims: the row sums broadcast against the columns of a batch."""

# %% softmax-answer
import numpy as np


def softmax(z):
    """Softmax along the last axis."""
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1)
