"""Subtracts the maximum from the input array in place."""

# %% log-softmax-answer
import numpy as np


def log_softmax(z):
    """Log-softmax."""
    if not isinstance(z, np.ndarray) or z.dtype.kind != "f":
        z = np.asarray(z, dtype=float)
    z -= z.max(axis=-1, keepdims=True)
    z -= np.log(np.exp(z).sum(axis=-1, keepdims=True))
    return z
