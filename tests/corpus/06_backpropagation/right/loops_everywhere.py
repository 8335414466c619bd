"""Loops over elements instead of vectorised numpy for the nodes and the graph; the network one data point at a time."""

# %% divide-backward-answer
import numpy as np


def divide_backward(x, y, upstream):
    """Return (dx, dy) for the node out = x / y, given upstream = dL/dout."""
    if np.ndim(x) == 0:
        return upstream / y, -upstream * x / (y * y)
    dx = np.zeros(np.shape(x))
    dy = np.zeros(np.shape(x))
    for index in np.ndindex(dx.shape):
        dx[index] = upstream[index] / y[index]
        dy[index] = -upstream[index] * x[index] / (y[index] * y[index])
    return dx, dy


# %% max-backward-answer
import numpy as np


def max_backward(x, y, upstream):
    """Return (dx, dy) for the node out = max(x, y), elementwise, given upstream = dL/dout."""
    if np.ndim(x) == 0:
        return (upstream, 0.0) if x > y else (0.0, upstream)
    dx = np.zeros(np.shape(x))
    dy = np.zeros(np.shape(x))
    for index in np.ndindex(dx.shape):
        if x[index] > y[index]:
            dx[index] = upstream[index]
        else:
            dy[index] = upstream[index]
    return dx, dy


# %% graph-gradients-answer
import numpy as np


def graph_gradients(x, y, z):
    """Return (df/dx, df/dy, df/dz) for f = max(x, y) / (x + z)."""
    if np.ndim(x) == 0:
        q = x + z
        m = x if x > y else y
        df_dq = -m / q**2
        if x > y:
            return 1 / q + df_dq, 0.0, df_dq
        return df_dq, 1 / q, df_dq
    grads = [np.zeros(np.shape(x)) for _ in range(3)]
    for index in np.ndindex(np.shape(x)):
        for grad, value in zip(grads, graph_gradients(float(x[index]), float(y[index]), float(z[index]))):
            grad[index] = value
    return tuple(grads)


# %% network-gradients-answer
import numpy as np


def network_gradients(params, X, y):
    """Return the gradients of the mean binary cross-entropy, keyed like params."""
    n = len(X)
    grads = {name: np.zeros(np.shape(value)) for name, value in params.items()}
    grads["b3"] = 0.0
    for row, label in zip(X, y):
        h1 = np.tanh(params["W1"] @ row + params["b1"])
        h2 = np.tanh(params["W2"] @ h1 + params["b2"])
        d_s = (1 / (1 + np.exp(-(h2 @ params["w3"] + params["b3"]))) - label) / n
        d_z2 = d_s * params["w3"] * (1 - h2 * h2)
        d_z1 = (params["W2"].T @ d_z2) * (1 - h1 * h1)
        grads["b3"] += d_s
        grads["w3"] += d_s * h2
        grads["b2"] += d_z2
        grads["W2"] += np.outer(d_z2, h1)
        grads["b1"] += d_z1
        grads["W1"] += np.outer(d_z1, row)
    return grads
