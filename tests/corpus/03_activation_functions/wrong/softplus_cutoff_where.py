"""Switches to z above 30 with np.where, which still computes e^1000."""

# %% softplus-answer
import numpy as np


def softplus(z):
    """Softplus."""
    z = np.asarray(z, dtype=float)
    return np.where(z > 30, z, np.log1p(np.exp(z)))
