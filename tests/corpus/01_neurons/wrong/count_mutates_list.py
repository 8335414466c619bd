"""Pops the layer sizes off the caller's list while counting."""


# %% count-parameters-answer
def count_parameters(layer_sizes):
    """Return the number of parameters."""
    total = 0
    n_in = layer_sizes.pop(0)
    while layer_sizes:
        n_out = layer_sizes.pop(0)
        total += n_in * n_out + n_out
        n_in = n_out
    return total
