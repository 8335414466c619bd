"""Flattens the caller's kernel in place (kernel.shape = -1) to use dot products."""

# %% conv2d-answer
import numpy as np


def conv2d(image, kernel):
    """Return the valid 2-D cross-correlation of image with kernel (the kernel is not flipped)."""
    kh, kw = kernel.shape
    kernel.shape = (-1,)
    out = np.zeros((image.shape[0] - kh + 1, image.shape[1] - kw + 1))
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = image[i : i + kh, j : j + kw].ravel() @ kernel
    return out
