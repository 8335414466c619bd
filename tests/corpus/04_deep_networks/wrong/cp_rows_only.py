"""count_parameters counts the rows of each weight matrix (len) instead of its entries."""

# %% count-parameters-answer
def count_parameters(weights, biases):
    """Return the number of weights plus biases of the network."""
    return sum(len(W) for W in weights) + sum(len(b) for b in biases)
