"""Vectorised with reshape(h, w, size, size): the 'blocks' are not the image's square blocks."""

# %% max-pool-answer


def max_pool2d(x, size):
    """Return the maximum of every non-overlapping size x size block of x (remainders dropped)."""
    h, w = x.shape[0] // size, x.shape[1] // size
    return x[: h * size, : w * size].reshape(h, w, size, size).max(axis=(2, 3))
