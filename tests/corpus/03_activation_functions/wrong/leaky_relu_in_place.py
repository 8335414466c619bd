"""Scales the negative entries of the input array in place."""

# %% leaky-relu-answer
import numpy as np


def leaky_relu(z, alpha=0.01):
    """Leaky ReLU."""
    z = np.asarray(z)
    if z.dtype.kind != "f":
        z = z.astype(float)
    z[z < 0] *= alpha
    return z
