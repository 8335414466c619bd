"""ReLU written with the absolute value: negative inputs come out positive."""

# %% relu-answer
import numpy as np


def relu(z):
    """Rectified linear unit, elementwise: max(0, z)."""
    return np.abs(z)
