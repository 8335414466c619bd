"""Budgets only the weights of each hidden node, forgetting all biases."""


# %% widest-hidden-answer
def widest_hidden_layer(n_in, n_out, budget):
    """Weights only."""
    return budget // (n_in + n_out)
