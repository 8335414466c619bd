"""cap_depth returns a float."""

# %% cap-depth-answer
def cap_depth(layer_sizes):
    """Return the CAP depth of a feedforward network: the number of hidden layers plus one."""
    return float(len(layer_sizes) - 1)
