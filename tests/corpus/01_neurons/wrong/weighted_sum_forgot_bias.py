"""Forgets the bias: returns only the sum of inputs times weights."""

# %% weighted-sum-answer
import numpy as np


def weighted_sum(inputs, weights, bias):
    """Return the weighted sum of one neuron."""
    return float(np.dot(inputs, weights))
