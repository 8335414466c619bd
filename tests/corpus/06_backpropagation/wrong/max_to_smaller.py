"""Sends the gradient to the smaller input of max instead of the larger one."""

# %% max-backward-answer
import numpy as np


def max_backward(x, y, upstream):
    """Return (dx, dy) for the node out = max(x, y), elementwise, given upstream = dL/dout."""
    x_wins = np.asarray(x) > np.asarray(y)
    return upstream * ~x_wins, upstream * x_wins
