"""True convolution of the flipped kernel (the same cross-correlation); as_strided pooling."""

# %% conv2d-answer
import numpy as np


def conv2d(image, kernel):
    flipped = np.flip(np.asarray(kernel, dtype=float))  # convolution flips it back
    kh, kw = flipped.shape
    H, W = np.shape(image)
    out = np.zeros((H - kh + 1, W - kw + 1))
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            patch = np.asarray(image[i : i + kh, j : j + kw], dtype=float)
            out[i, j] = np.sum(patch[::-1, ::-1] * flipped)
    return out


# %% stride-padding-answer
def conv2d_stride_pad(image, kernel, stride=1, padding=0):
    padded = np.pad(
        np.asarray(image, dtype=float),
        [(padding, padding), (padding, padding)],
        mode="constant",
        constant_values=0,
    )
    return conv2d(padded, kernel)[::stride, ::stride]


# %% max-pool-answer
def max_pool2d(x, size):
    x = np.ascontiguousarray(x)
    h, w = x.shape[0] // size, x.shape[1] // size
    s0, s1 = x.strides
    blocks = np.lib.stride_tricks.as_strided(
        x, shape=(h, w, size, size), strides=(s0 * size, s1 * size, s0, s1), writeable=False
    )
    return blocks.max(axis=(2, 3))


# %% conv-layer-answer
def conv_layer(image, kernels, biases):
    return np.clip(
        np.array([conv2d(image, kernel) for kernel in kernels]) + np.asarray(biases)[:, None, None],
        0,
        None,
    )
