"""Takes dg/dz as the other input x of a product x * z, forgetting that z multiplies p = x + y."""


# %% graph-gradients-answer
def graph_gradients(x, y, z):
    """Return (dg/dx, dg/dy, dg/dz) for g = (x + y) * z."""
    return z, z, x
