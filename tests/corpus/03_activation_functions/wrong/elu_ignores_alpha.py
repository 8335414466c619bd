"""Leaves out alpha, as if it were always 1."""

# %% elu-answer
import numpy as np


def elu(z, alpha=1.0):
    """ELU."""
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, np.expm1(np.minimum(z, 0.0)))
