"""Overwrites x's gradient from the max path with the one from the sum instead of adding them."""

# %% graph-gradients-answer
import numpy as np


def graph_gradients(x, y, z):
    """Return (df/dx, df/dy, df/dz) for f = max(x, y) / (x + z)."""
    m = np.maximum(x, y)
    q = x + z
    df_dm, df_dq = divide_backward(m, q, 1.0)
    df_dx, df_dy = max_backward(x, y, df_dm)
    df_dx = df_dq
    return df_dx, df_dy, df_dq
