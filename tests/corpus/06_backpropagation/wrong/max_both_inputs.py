"""Passes the upstream gradient to both inputs of max, like an addition node."""

# %% max-backward-answer
import numpy as np


def max_backward(x, y, upstream):
    """Return (dx, dy) for the node out = max(x, y), elementwise, given upstream = dL/dout."""
    return upstream * np.ones_like(x), upstream * np.ones_like(y)
