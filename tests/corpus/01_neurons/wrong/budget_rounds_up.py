"""Rounds the number of hidden nodes up, so the network can exceed the budget."""


# %% widest-hidden-answer
import math


def widest_hidden_layer(n_in, n_out, budget):
    """Rounded up."""
    return max(0, math.ceil((budget - n_out) / (n_in + n_out + 1)))
