"""Straight from the formula: e^z overflows for z = 1000."""

# %% softplus-answer
import numpy as np


def softplus(z):
    """Softplus."""
    return np.log(1.0 + np.exp(np.asarray(z, dtype=float)))
