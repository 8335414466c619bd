"""Gradient with respect to the wrong variable: X @ errors instead of X.T @ errors."""

# %% gradient-answer
import numpy as np


def sse_gradient(X, y, w, b):
    """Return (grad_w, grad_b), the gradient of the SSE with respect to the weights and the bias."""
    errors = X @ w + b - y
    return 2 * (X @ errors[: X.shape[1]]), 2 * np.sum(errors)
