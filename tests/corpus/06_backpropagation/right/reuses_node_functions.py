"""Builds the graph and the network from the node functions of Task 1, as the chapter does."""

# %% add-backward-answer
def add_backward(x, y, upstream):
    """Return (dx, dy) for the node out = x + y, given upstream = dL/dout."""
    return upstream, upstream


# %% graph-gradients-answer
def graph_gradients(x, y, z):
    """Return (dg/dx, dg/dy, dg/dz) for g = (x + y) * z."""
    p = x + y
    g = p * z
    dg_dg = 1
    dg_dp, dg_dz = multiply_backward(p, z, dg_dg)
    dg_dx, dg_dy = add_backward(x, y, dg_dp)
    return dg_dx, dg_dy, dg_dz


# %% two-layer-gradients-answer
import numpy as np


def two_layer_gradients(X, y, W1, b1, w2, b2):
    """Return (dW1, db1, dw2, db2), the gradients of the mean binary cross-entropy."""
    n = X.shape[0]
    Z = X @ W1.T + b1
    H = np.maximum(Z, 0)
    s = H @ w2 + b2
    y_hat = 1 / (1 + np.exp(-s))
    d_y_hat = (-(y / y_hat) + (1 - y) / (1 - y_hat)) / n  # dL/dy_hat
    d_s = sigmoid_backward(s, d_y_hat)
    d_H = d_s[:, None] * w2[None, :]
    d_Z = relu_backward(Z, d_H)
    return d_Z.T @ X, d_Z.sum(axis=0), H.T @ d_s, float(np.sum(d_s))
