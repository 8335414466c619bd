"""Uses a kh x kh window for every kernel: wrong for non-square kernels."""

# %% conv2d-answer
import numpy as np


def conv2d(image, kernel):
    """Return the valid 2-D cross-correlation of image with kernel (the kernel is not flipped)."""
    k = kernel.shape[0]
    out = np.zeros((image.shape[0] - k + 1, image.shape[1] - k + 1))
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = np.sum(image[i : i + k, j : j + k] * kernel[:k, :k])
    return out
