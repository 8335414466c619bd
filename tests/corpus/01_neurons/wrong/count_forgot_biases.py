"""Counts only the weights, forgetting the biases."""


# %% count-parameters-answer
def count_parameters(layer_sizes):
    """Return the number of parameters."""
    return sum(a * b for a, b in zip(layer_sizes, layer_sizes[1:], strict=False))
