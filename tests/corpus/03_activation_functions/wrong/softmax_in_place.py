"""Subtracts the row maxima in place (z -= ...), changing the caller's array."""

# %% softmax-answer
import numpy as np


def softmax(z):
    """Softmax along the last axis."""
    z -= z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
