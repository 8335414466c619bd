"""Counts n_in + n_out weights between two layers instead of n_in * n_out."""


# %% count-parameters-answer
def count_parameters(layer_sizes):
    """Return the number of parameters."""
    total = 0
    for i in range(len(layer_sizes) - 1):
        total += layer_sizes[i] + layer_sizes[i + 1] + layer_sizes[i + 1]
    return total
