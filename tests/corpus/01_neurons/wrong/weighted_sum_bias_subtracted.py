"""Sign error: subtracts the bias instead of adding it."""

# %% weighted-sum-answer
import numpy as np


def weighted_sum(inputs, weights, bias):
    """Return the weighted sum of one neuron."""
    return float(np.dot(inputs, weights) - bias)
