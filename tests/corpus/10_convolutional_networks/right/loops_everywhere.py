"""Plain Python loops over every position, every kernel entry and every block."""

# %% conv2d-answer
import numpy as np


def conv2d(image, kernel):
    H, W = len(image), len(image[0])
    kh, kw = len(kernel), len(kernel[0])
    result = np.empty((H - kh + 1, W - kw + 1))
    for row in range(H - kh + 1):
        for col in range(W - kw + 1):
            acc = 0.0
            for a in range(kh):
                for b in range(kw):
                    acc += image[row + a][col + b] * kernel[a][b]
            result[row, col] = acc
    return result


# %% stride-padding-answer
def conv2d_stride_pad(image, kernel, stride=1, padding=0):
    H, W = len(image), len(image[0])
    kh, kw = len(kernel), len(kernel[0])

    def pixel(r, c):
        r, c = r - padding, c - padding
        return image[r][c] if 0 <= r < H and 0 <= c < W else 0.0

    n_rows = (H + 2 * padding - kh) // stride + 1
    n_cols = (W + 2 * padding - kw) // stride + 1
    result = np.empty((n_rows, n_cols))
    for i in range(n_rows):
        for j in range(n_cols):
            result[i, j] = sum(
                pixel(i * stride + a, j * stride + b) * kernel[a][b]
                for a in range(kh)
                for b in range(kw)
            )
    return result


# %% max-pool-answer
def max_pool2d(x, size):
    n_rows, n_cols = len(x) // size, len(x[0]) // size
    result = np.empty((n_rows, n_cols))
    for i in range(n_rows):
        for j in range(n_cols):
            result[i, j] = max(
                x[i * size + a][j * size + b] for a in range(size) for b in range(size)
            )
    return result


# %% conv-layer-answer
def conv_layer(image, kernels, biases):
    n = len(kernels)
    first = conv2d(image, kernels[0])
    result = np.empty((n,) + first.shape)
    for k in range(n):
        values = conv2d(image, kernels[k]) + biases[k]
        result[k] = np.where(values > 0, values, 0.0)
    return result
