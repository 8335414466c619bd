"""Compares with the largest value of the whole array instead of elementwise."""

# %% max-backward-answer
import numpy as np


def max_backward(x, y, upstream):
    """Return (dx, dy) for the node out = max(x, y), elementwise, given upstream = dL/dout."""
    top = np.max(np.maximum(x, y))
    return upstream * (np.asarray(x) == top), upstream * (np.asarray(y) == top)
