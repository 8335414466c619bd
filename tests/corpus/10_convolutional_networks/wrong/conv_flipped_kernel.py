"""Flips the kernel first: true convolution, not the cross-correlation deep learning uses."""

# %% conv2d-answer
import numpy as np


def conv2d(image, kernel):
    """Return the valid 2-D cross-correlation of image with kernel (the kernel is not flipped)."""
    flipped = np.asarray(kernel, dtype=float)[::-1, ::-1]
    kh, kw = flipped.shape
    out = np.zeros((image.shape[0] - kh + 1, image.shape[1] - kw + 1))
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = np.sum(image[i : i + kh, j : j + kw] * flipped)
    return out
