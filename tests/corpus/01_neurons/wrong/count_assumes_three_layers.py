"""Assumes exactly one hidden layer: uses the first, second and last layer sizes only."""


# %% count-parameters-answer
def count_parameters(layer_sizes):
    """Return the number of parameters."""
    n_in, n_hidden, n_out = layer_sizes[0], layer_sizes[1], layer_sizes[-1]
    return n_in * n_hidden + n_hidden + n_hidden * n_out + n_out
