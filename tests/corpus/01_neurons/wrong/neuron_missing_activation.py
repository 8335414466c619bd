"""Missing activation: returns the weighted sum itself."""

# %% neuron-output-answer
import numpy as np


def neuron_output(inputs, weights, bias, activation):
    """Return the output of one neuron."""
    return np.dot(inputs, weights) + bias
