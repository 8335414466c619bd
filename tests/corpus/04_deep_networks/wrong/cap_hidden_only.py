"""cap_depth returns the number of hidden layers, without the +1 for the output layer."""

# %% cap-depth-answer
def cap_depth(layer_sizes):
    """Return the CAP depth of a feedforward network: the number of hidden layers plus one."""
    return len(layer_sizes) - 2
