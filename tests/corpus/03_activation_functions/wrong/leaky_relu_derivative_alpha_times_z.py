"""Returns the function's value alpha * z instead of its slope alpha for negative inputs."""

# %% leaky-relu-derivative-answer
import numpy as np


def leaky_relu_derivative(z, alpha=0.01):
    """Derivative of leaky ReLU."""
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, 1.0, alpha * z)
