"""Loops over elements and rows instead of vectorised numpy; math.exp per element."""

# %% add-backward-answer
import numpy as np


def add_backward(x, y, upstream):
    """Return (dx, dy) for the node out = x + y, given upstream = dL/dout."""
    if np.ndim(upstream) == 0:
        return upstream, upstream
    dx = np.empty(np.shape(upstream))
    dy = np.empty(np.shape(upstream))
    for index in np.ndindex(dx.shape):
        dx[index] = upstream[index] * 1.0
        dy[index] = upstream[index] * 1.0
    return dx, dy


# %% multiply-backward-answer
import numpy as np


def multiply_backward(x, y, upstream):
    """Return (dx, dy) for the node out = x * y, given upstream = dL/dout."""
    if np.ndim(x) == 0:
        return upstream * y, upstream * x
    dx = np.empty(np.shape(x))
    dy = np.empty(np.shape(y))
    for index in np.ndindex(dx.shape):
        dx[index] = upstream[index] * y[index]
        dy[index] = upstream[index] * x[index]
    return dx, dy


# %% relu-backward-answer
import numpy as np


def relu_backward(x, upstream):
    """Return dx for the node out = relu(x), given the input x and upstream = dL/dout."""
    if np.ndim(x) == 0:
        return upstream if x > 0 else 0.0
    dx = np.zeros(np.shape(x))
    for index in np.ndindex(dx.shape):
        if x[index] > 0:
            dx[index] = upstream[index]
    return dx


# %% sigmoid-backward-answer
import math

import numpy as np


def sigmoid_backward(x, upstream):
    """Return dx for the node out = sigmoid(x), given the input x and upstream = dL/dout."""
    if np.ndim(x) == 0:
        s = 1 / (1 + math.exp(-x))
        return upstream * s * (1 - s)
    dx = np.zeros(np.shape(x))
    for index in np.ndindex(dx.shape):
        s = 1 / (1 + math.exp(-x[index]))
        dx[index] = upstream[index] * s * (1 - s)
    return dx


# %% graph-gradients-answer
def graph_gradients(x, y, z):
    """Return (dg/dx, dg/dy, dg/dz) for g = (x + y) * z."""
    p = x + y
    dg_dp = z * 1
    dg_dz = p * 1
    return dg_dp * 1, dg_dp * 1, dg_dz


# %% two-layer-gradients-answer
import numpy as np


def two_layer_gradients(X, y, W1, b1, w2, b2):
    """Return (dW1, db1, dw2, db2), the gradients of the mean binary cross-entropy."""
    n = len(X)
    dW1, db1, dw2, db2 = np.zeros_like(W1, dtype=float), np.zeros(len(b1)), np.zeros(len(w2)), 0.0
    for i in range(n):
        z = W1 @ X[i] + b1
        h = np.maximum(z, 0)
        y_hat = 1 / (1 + np.exp(-(h @ w2 + b2)))
        d_s = (y_hat - y[i]) / n
        db2 += d_s
        for j in range(len(b1)):
            dw2[j] += d_s * h[j]
            if z[j] > 0:
                d_z = d_s * w2[j]
                db1[j] += d_z
                for k in range(X.shape[1]):
                    dW1[j, k] += d_z * X[i, k]
    return dW1, db1, dw2, db2
