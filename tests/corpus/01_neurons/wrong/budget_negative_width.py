"""Returns a negative number of hidden nodes when the budget is smaller than the output biases."""


# %% widest-hidden-answer
def widest_hidden_layer(n_in, n_out, budget):
    """No floor at zero."""
    return (budget - n_out) // (n_in + n_out + 1)
