"""Applies the activation to each product instead of once to the weighted sum."""

# %% neuron-output-answer
import numpy as np


def neuron_output(inputs, weights, bias, activation):
    """Return the output of one neuron."""
    return np.sum(activation(inputs * weights)) + bias
