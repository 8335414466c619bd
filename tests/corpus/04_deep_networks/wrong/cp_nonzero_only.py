"""count_parameters counts only non-zero entries, so zero biases are missed."""

# %% count-parameters-answer
import numpy as np


def count_parameters(weights, biases):
    """Return the number of weights plus biases of the network."""
    return sum(int(np.count_nonzero(W)) for W in weights) + sum(int(np.count_nonzero(b)) for b in biases)
