"""Uses the right piece's slope 1 at z = 0, against the stated convention."""

# %% leaky-relu-derivative-answer
import numpy as np


def leaky_relu_derivative(z, alpha=0.01):
    """Derivative of leaky ReLU."""
    z = np.asarray(z, dtype=float)
    return np.where(z >= 0, 1.0, alpha)
