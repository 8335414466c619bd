"""Sign error in the gradient: uses target - prediction, so every step climbs the cost (ascent)."""

# %% gradient-answer
import numpy as np


def sse_gradient(X, y, w, b):
    """Return (grad_w, grad_b), the gradient of the SSE with respect to the weights and the bias."""
    errors = y - (X @ w + b)
    return 2 * X.T @ errors, 2 * np.sum(errors)
