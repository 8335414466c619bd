"""Adds the bias after the activation instead of before it."""

# %% neuron-output-answer
import numpy as np


def neuron_output(inputs, weights, bias, activation):
    """Return the output of one neuron."""
    return activation(np.dot(inputs, weights)) + bias
