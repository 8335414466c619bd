"""Counts the hidden biases and assumes a single output neuron (one output bias)."""


# %% count-parameters-answer
def count_parameters(layer_sizes):
    """Return the number of parameters."""
    weights = sum(a * b for a, b in zip(layer_sizes, layer_sizes[1:], strict=False))
    return weights + sum(layer_sizes[1:-1]) + 1
