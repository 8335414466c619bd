"""Returns the count as a float (13.0) instead of an int."""


# %% count-parameters-answer
def count_parameters(layer_sizes):
    """Return the number of parameters."""
    total = 0.0
    for n_in, n_out in zip(layer_sizes, layer_sizes[1:], strict=False):
        total += n_in * n_out + n_out
    return total
