"""Converts every gradient to a Python float: right for numbers, breaks on arrays."""


# %% graph-gradients-answer
def graph_gradients(x, y, z):
    """Return (dg/dx, dg/dy, dg/dz) for g = (x + y) * z."""
    return float(z), float(z), float(x + y)
