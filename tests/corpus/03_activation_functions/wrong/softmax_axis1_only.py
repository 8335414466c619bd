"""Hard-codes axis=1: a single 1-D row has no axis 1."""

# %% softmax-answer
import numpy as np


def softmax(z):
    """Softmax along the last axis."""
    z = np.asarray(z, dtype=float)
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)
