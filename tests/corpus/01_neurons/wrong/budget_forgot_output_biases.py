"""Forgets the biases of the output layer, which do not depend on the hidden width."""


# %% widest-hidden-answer
def widest_hidden_layer(n_in, n_out, budget):
    """No output biases."""
    return budget // (n_in + n_out + 1)
