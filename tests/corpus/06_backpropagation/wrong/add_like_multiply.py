"""Treats the addition node like a multiplication: each input gets upstream times the other input."""


# %% add-backward-answer
def add_backward(x, y, upstream):
    """Return (dx, dy) for the node out = x + y, given upstream = dL/dout."""
    return upstream * y, upstream * x
