"""count_parameters adds up the parameter values instead of counting them."""

# %% count-parameters-answer
import numpy as np


def count_parameters(weights, biases):
    """Return the number of weights plus biases of the network."""
    return sum(np.sum(W) for W in weights) + sum(np.sum(b) for b in biases)
