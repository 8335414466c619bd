"""Rounds the output size up and pads the image further so the last window fits."""

# %% stride-padding-answer
import math

import numpy as np


def conv2d_stride_pad(image, kernel, stride=1, padding=0):
    """Return the cross-correlation of the zero-padded image with windows every `stride` pixels."""
    padded = np.pad(np.asarray(image, dtype=float), padding)
    kh, kw = kernel.shape
    rows = math.ceil((padded.shape[0] - kh) / stride) + 1
    cols = math.ceil((padded.shape[1] - kw) / stride) + 1
    padded = np.pad(padded, ((0, stride), (0, stride)))
    out = np.zeros((rows, cols))
    for i in range(rows):
        for j in range(cols):
            out[i, j] = np.sum(
                padded[i * stride : i * stride + kh, j * stride : j * stride + kw] * kernel
            )
    return out
