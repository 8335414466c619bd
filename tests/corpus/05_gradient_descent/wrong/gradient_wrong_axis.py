"""Sums error * x over the features instead of over the rows: one number per row."""

# %% gradient-answer
import numpy as np


def sse_gradient(X, y, w, b):
    """Return (grad_w, grad_b), the gradient of the SSE with respect to the weights and the bias."""
    errors = X @ w + b - y
    return 2 * np.sum(X * errors[:, None], axis=1), 2 * np.sum(errors)
