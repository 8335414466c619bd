"""Stable but uses log(1 + x), which loses e^-50 next to 1."""

# %% softplus-answer
import numpy as np


def softplus(z):
    """Softplus."""
    z = np.asarray(z, dtype=float)
    return np.maximum(z, 0.0) + np.log(1.0 + np.exp(-np.abs(z)))
