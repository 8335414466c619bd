"""Off-by-one loop: starts at the first hidden layer and misses the input connections."""


# %% count-parameters-answer
def count_parameters(layer_sizes):
    """Return the number of parameters."""
    total = 0
    for i in range(1, len(layer_sizes) - 1):
        total += layer_sizes[i] * layer_sizes[i + 1] + layer_sizes[i + 1]
    return total
