"""Gives each input the other input as local gradient, as for a multiplication."""

# %% divide-backward-answer
import numpy as np


def divide_backward(x, y, upstream):
    """Return (dx, dy) for the node out = x / y, given upstream = dL/dout."""
    return upstream * y, upstream * x
