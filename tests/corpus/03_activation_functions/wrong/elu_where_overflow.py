"""Computes e^z for every entry inside np.where, which overflows for z = 1000."""

# %% elu-answer
import numpy as np


def elu(z, alpha=1.0):
    """ELU."""
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, alpha * (np.exp(z) - 1.0))
