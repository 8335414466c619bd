"""Takes the width from the rows and the height from the columns: breaks non-square images."""

# %% conv2d-answer
import numpy as np


def conv2d(image, kernel):
    """Return the valid 2-D cross-correlation of image with kernel (the kernel is not flipped)."""
    kh, kw = kernel.shape
    width, height = image.shape
    out = np.zeros((height - kh + 1, width - kw + 1))
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = np.sum(image[i : i + kh, j : j + kw] * kernel)
    return out
