"""cap_depth counts every layer, the input layer included."""

# %% cap-depth-answer
def cap_depth(layer_sizes):
    """Return the CAP depth of a feedforward network: the number of hidden layers plus one."""
    return len(layer_sizes)
