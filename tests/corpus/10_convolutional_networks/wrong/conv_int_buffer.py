"""Allocates the output like the image: an integer image truncates the decimals."""

# %% conv2d-answer
import numpy as np


def conv2d(image, kernel):
    """Return the valid 2-D cross-correlation of image with kernel (the kernel is not flipped)."""
    kh, kw = kernel.shape
    out = np.zeros_like(image[: image.shape[0] - kh + 1, : image.shape[1] - kw + 1])
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = np.sum(image[i : i + kh, j : j + kw] * kernel)
    return out
