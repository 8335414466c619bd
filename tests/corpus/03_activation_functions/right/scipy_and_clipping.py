"""scipy.special.expit and softmax, and a sigmoid that clips its input to [-500, 500]."""

# %% sigmoid-answer
import numpy as np


def sigmoid(z):
    """Logistic sigmoid on inputs clipped to +-500, where e^500 is still a float."""
    return 1.0 / (1.0 + np.exp(-np.clip(z, -500, 500)))


# %% sigmoid-derivative-answer
from scipy.special import expit


def sigmoid_derivative(z):
    """Derivative of the sigmoid, with scipy's expit."""
    s = expit(z)
    return s * (1 - s)


# %% softmax-answer
from scipy import special


def softmax(z):
    """Softmax along the last axis, from scipy."""
    return special.softmax(z, axis=-1)
