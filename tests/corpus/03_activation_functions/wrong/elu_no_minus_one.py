"""Forgets the -1: gives alpha * e^z for negative inputs."""

# %% elu-answer
import numpy as np


def elu(z, alpha=1.0):
    """ELU."""
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, alpha * np.exp(np.minimum(z, 0.0)))
