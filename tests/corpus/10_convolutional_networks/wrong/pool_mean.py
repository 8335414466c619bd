"""Average pooling: the mean of each block instead of its maximum."""

# %% max-pool-answer


def max_pool2d(x, size):
    """Return the maximum of every non-overlapping size x size block of x (remainders dropped)."""
    h, w = x.shape[0] // size, x.shape[1] // size
    return x[: h * size, : w * size].reshape(h, size, w, size).mean(axis=(1, 3))
