"""Uses e^-z instead of e^-|z|, which overflows for z = -1000."""

# %% softplus-answer
import numpy as np


def softplus(z):
    """Softplus."""
    z = np.asarray(z, dtype=float)
    return np.maximum(z, 0.0) + np.log1p(np.exp(-z))
