"""Pads with zeros to keep the image's size ('same') instead of the valid cross-correlation."""

# %% conv2d-answer
import numpy as np


def conv2d(image, kernel):
    """Return the valid 2-D cross-correlation of image with kernel (the kernel is not flipped)."""
    kh, kw = kernel.shape
    top, left = (kh - 1) // 2, (kw - 1) // 2
    padded = np.pad(np.asarray(image, dtype=float), ((top, kh - 1 - top), (left, kw - 1 - left)))
    out = np.zeros(np.shape(image))
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = np.sum(padded[i : i + kh, j : j + kw] * kernel)
    return out
