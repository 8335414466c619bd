"""Normalises along the first axis, over the rows, instead of along the last."""

# %% log-softmax-answer
import numpy as np


def log_softmax(z):
    """Log-softmax."""
    z = np.asarray(z, dtype=float)
    shifted = z - z.max(axis=0, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=0, keepdims=True))
