"""Uses the value of the maximum as the local gradient instead of 1."""

# %% max-backward-answer
import numpy as np


def max_backward(x, y, upstream):
    """Return (dx, dy) for the node out = max(x, y), elementwise, given upstream = dL/dout."""
    m = np.maximum(x, y)
    x_wins = np.asarray(x) > np.asarray(y)
    return upstream * m * x_wins, upstream * m * ~x_wins
