"""Other formulas and numpy calls: np.divide, np.where, einsum, tanh' as 1 / cosh**2, the graph in closed form."""

# %% divide-backward-answer
import numpy as np


def divide_backward(x, y, upstream):
    """Return (dx, dy) for the node out = x / y, given upstream = dL/dout."""
    dx = np.divide(upstream, y)
    dy = np.negative(dx * np.divide(x, y))
    return dx, dy


# %% max-backward-answer
import numpy as np


def max_backward(x, y, upstream):
    """Return (dx, dy) for the node out = max(x, y), elementwise, given upstream = dL/dout."""
    dx = np.where(np.greater(x, y), upstream, 0.0)
    dy = np.where(np.greater(x, y), 0.0, upstream)
    return dx, dy


# %% graph-gradients-answer
import numpy as np


def graph_gradients(x, y, z):
    """Return (df/dx, df/dy, df/dz) for f = max(x, y) / (x + z)."""
    x, y, z = (np.asarray(v, dtype=float) for v in (x, y, z))
    q = x + z
    df_dz = -np.maximum(x, y) / q**2
    df_dx = np.where(x > y, 1 / q, 0.0) + df_dz
    df_dy = np.where(x > y, 0.0, 1 / q)
    return df_dx, df_dy, df_dz


# %% network-gradients-answer
import numpy as np


def network_gradients(params, X, y):
    """Return the gradients of the mean binary cross-entropy, keyed like params."""
    Z1 = np.einsum("ij,kj->ik", X, params["W1"]) + params["b1"]
    Z2 = np.einsum("ij,kj->ik", np.tanh(Z1), params["W2"]) + params["b2"]
    s = np.tanh(Z2) @ params["w3"] + params["b3"]
    y_hat = np.exp(-np.logaddexp(0.0, -s))
    ds = (y_hat - y) / X.shape[0]
    dZ2 = ds[:, None] * params["w3"][None, :] / np.cosh(Z2) ** 2
    dZ1 = np.einsum("ik,kj->ij", dZ2, params["W2"]) / np.cosh(Z1) ** 2
    return {
        "W1": np.einsum("ij,ik->jk", dZ1, X),
        "b1": np.einsum("ij->j", dZ1),
        "W2": np.einsum("ik,ij->kj", dZ2, np.tanh(Z1)),
        "b2": np.einsum("ik->k", dZ2),
        "w3": np.einsum("i,ik->k", ds, np.tanh(Z2)),
        "b3": float(np.sum(ds)),
    }


# %% zero-start-answer
zero_start_answer = "B"
