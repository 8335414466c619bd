"""Stops at the addition node's local gradients: dg/dx = dg/dy = 1, without the factor dg/dp = z."""


# %% graph-gradients-answer
def graph_gradients(x, y, z):
    """Return (dg/dx, dg/dy, dg/dz) for g = (x + y) * z."""
    return 1.0, 1.0, x + y
