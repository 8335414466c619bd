"""Computes the output size from the unpadded image: (H - kh) // s + 1."""

# %% stride-padding-answer
import numpy as np


def conv2d_stride_pad(image, kernel, stride=1, padding=0):
    """Return the cross-correlation of the zero-padded image with windows every `stride` pixels."""
    padded = np.pad(np.asarray(image, dtype=float), padding)
    kh, kw = kernel.shape
    out = np.zeros(((image.shape[0] - kh) // stride + 1, (image.shape[1] - kw) // stride + 1))
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = np.sum(
                padded[i * stride : i * stride + kh, j * stride : j * stride + kw] * kernel
            )
    return out
