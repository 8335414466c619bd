"""Rounds the sum of products down to an int before adding the bias (loses decimals)."""

# %% weighted-sum-answer
import numpy as np


def weighted_sum(inputs, weights, bias):
    """Return the weighted sum of one neuron."""
    return int(np.dot(inputs, weights)) + bias
