"""Adds the bias to every product, so the bias is counted once per input."""

# %% weighted-sum-answer
import numpy as np


def weighted_sum(inputs, weights, bias):
    """Return the weighted sum of one neuron."""
    return float(np.sum(inputs * weights + bias))
