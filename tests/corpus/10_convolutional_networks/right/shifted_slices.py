"""Loops over the kernel's entries and adds shifted slices of the image (no loop over positions)."""

# %% conv2d-answer
import numpy as np


def conv2d(image, kernel):
    image = np.asarray(image)
    rows = image.shape[0] - kernel.shape[0] + 1
    cols = image.shape[1] - kernel.shape[1] + 1
    total = np.zeros((rows, cols), dtype=float)
    for a in range(kernel.shape[0]):
        for b in range(kernel.shape[1]):
            total = total + kernel[a, b] * image[a : a + rows, b : b + cols]
    return total


# %% stride-padding-answer
def conv2d_stride_pad(image, kernel, stride=1, padding=0):
    big = np.zeros((image.shape[0] + 2 * padding, image.shape[1] + 2 * padding))
    big[padding : padding + image.shape[0], padding : padding + image.shape[1]] = image
    rows = (big.shape[0] - kernel.shape[0]) // stride + 1
    cols = (big.shape[1] - kernel.shape[1]) // stride + 1
    return conv2d(big, kernel)[
        : (rows - 1) * stride + 1 : stride, : (cols - 1) * stride + 1 : stride
    ]


# %% max-pool-answer
def max_pool2d(x, size):
    h, w = x.shape[0] // size, x.shape[1] // size
    best = np.full((h, w), -np.inf)
    for a in range(size):
        for b in range(size):
            best = np.maximum(best, x[a : h * size : size, b : w * size : size])
    return best


# %% conv-layer-answer
def conv_layer(image, kernels, biases):
    result = []
    for k in range(len(kernels)):
        fmap = conv2d(image, kernels[k]) + biases[k]
        fmap[fmap < 0] = 0
        result.append(fmap)
    return np.stack(result)
