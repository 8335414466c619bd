"""Fills out[j, i] instead of out[i, j]: returns the transposed feature map."""

# %% conv2d-answer
import numpy as np


def conv2d(image, kernel):
    """Return the valid 2-D cross-correlation of image with kernel (the kernel is not flipped)."""
    kh, kw = kernel.shape
    rows, cols = image.shape[0] - kh + 1, image.shape[1] - kw + 1
    out = np.zeros((cols, rows))
    for i in range(rows):
        for j in range(cols):
            out[j, i] = np.sum(image[i : i + kh, j : j + kw] * kernel)
    return out
