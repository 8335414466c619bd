"""Gives the input layer biases too (one bias per neuron of every layer)."""


# %% count-parameters-answer
def count_parameters(layer_sizes):
    """Return the number of parameters."""
    return sum(a * b for a, b in zip(layer_sizes, layer_sizes[1:], strict=False)) + sum(layer_sizes)
