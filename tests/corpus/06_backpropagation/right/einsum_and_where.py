"""Other numpy spellings: np.where, tanh form of the sigmoid, einsum, column vectors, mask from H."""

# %% relu-backward-answer
import numpy as np


def relu_backward(x, upstream):
    """Return dx for the node out = relu(x), given the input x and upstream = dL/dout."""
    return np.where(np.asarray(x) >= 0, upstream, 0.0)


# %% sigmoid-backward-answer
import numpy as np


def sigmoid_backward(x, upstream):
    """Return dx for the node out = sigmoid(x), given the input x and upstream = dL/dout."""
    s = 0.5 * (1 + np.tanh(np.asarray(x) / 2))
    return np.multiply(upstream, s - s**2)


# %% multiply-backward-answer
import numpy as np


def multiply_backward(x, y, upstream):
    """Return (dx, dy) for the node out = x * y, given upstream = dL/dout."""
    dx = np.multiply(upstream, y)
    dy = np.multiply(upstream, x)
    return (dx, dy)


# %% graph-gradients-answer
import numpy as np


def graph_gradients(x, y, z):
    """Return (dg/dx, dg/dy, dg/dz) for g = (x + y) * z."""
    x, y, z = np.asarray(x, dtype=float), np.asarray(y, dtype=float), np.asarray(z, dtype=float)
    return z.copy(), z.copy(), np.add(x, y)


# %% two-layer-gradients-answer
import numpy as np


def two_layer_gradients(X, y, W1, b1, w2, b2):
    """Return (dW1, db1, dw2, db2), the gradients of the mean binary cross-entropy."""
    n = X.shape[0]
    Z = np.einsum("nf,hf->nh", X, W1) + b1
    H = np.clip(Z, 0, None)
    s = (H @ w2.reshape(-1, 1)).ravel() + b2
    y_hat = np.exp(-np.logaddexp(0, -s))  # sigmoid(s), written stably
    d_s = ((y_hat - y) / n).reshape(-1, 1)  # column, shape (n, 1)
    d_Z = (d_s @ w2.reshape(1, -1)) * (H > 0)
    dW1 = np.einsum("nh,nf->hf", d_Z, X)
    db1 = np.einsum("nh->h", d_Z)
    dw2 = (H.T @ d_s).ravel()
    db2 = d_s.sum()
    return dW1, db1, dw2, db2
