"""Ignores the activation it is given and always applies ReLU."""

# %% neuron-output-answer
import numpy as np


def neuron_output(inputs, weights, bias, activation):
    """Return the output of one neuron."""
    return max(0, np.dot(inputs, weights) + bias)
