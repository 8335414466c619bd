"""Forgets the bias gradient: returns 0 for it."""

# %% gradient-answer
def sse_gradient(X, y, w, b):
    """Return (grad_w, grad_b), the gradient of the SSE with respect to the weights and the bias."""
    errors = X @ w + b - y
    return 2 * X.T @ errors, 0.0
