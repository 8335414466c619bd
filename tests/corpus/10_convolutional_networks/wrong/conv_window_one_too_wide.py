"""Slices the window one pixel too far (i:i+kh+1), which breaks the products at the edges."""

# %% conv2d-answer
import numpy as np


def conv2d(image, kernel):
    """Return the valid 2-D cross-correlation of image with kernel (the kernel is not flipped)."""
    kh, kw = kernel.shape
    padded = np.pad(np.asarray(image, dtype=float), ((0, 1), (0, 1)))
    out = np.zeros((image.shape[0] - kh + 1, image.shape[1] - kw + 1))
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            window = padded[i : i + kh + 1, j : j + kw + 1]
            out[i, j] = np.sum(window[1:, 1:] * kernel)
    return out
