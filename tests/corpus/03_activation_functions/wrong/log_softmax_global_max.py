"""Subtracts the largest score of the whole batch instead of each row's."""

# %% log-softmax-answer
import numpy as np


def log_softmax(z):
    """Log-softmax."""
    z = np.asarray(z, dtype=float)
    shifted = z - z.max()
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
