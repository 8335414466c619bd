"""count_parameters returns inside the loop: only the first layer is counted."""

# %% count-parameters-answer
def count_parameters(weights, biases):
    """Return the number of weights plus biases of the network."""
    total = 0
    for W, b in zip(weights, biases):
        total += W.size + b.size
        return total
