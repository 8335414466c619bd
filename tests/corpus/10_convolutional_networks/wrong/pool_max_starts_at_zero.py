"""Starts each running maximum at 0: negative blocks come out as 0."""

# %% max-pool-answer
import numpy as np


def max_pool2d(x, size):
    """Return the maximum of every non-overlapping size x size block of x (remainders dropped)."""
    out = np.zeros((x.shape[0] // size, x.shape[1] // size))
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            for a in range(size):
                for b in range(size):
                    out[i, j] = max(out[i, j], x[i * size + a, j * size + b])
    return out
