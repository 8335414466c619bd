"""Compares each input of max with 0, like two ReLUs, instead of with the other input."""

# %% max-backward-answer
import numpy as np


def max_backward(x, y, upstream):
    """Return (dx, dy) for the node out = max(x, y), elementwise, given upstream = dL/dout."""
    return upstream * (np.asarray(x) > 0), upstream * (np.asarray(y) > 0)
