"""Updates with + instead of -: a step along the gradient, uphill."""


# %% step-answer
def gradient_step(X, y, w, b, learning_rate):
    """Return (new_w, new_b) after one step of gradient descent on the SSE."""
    grad_w, grad_b = sse_gradient(X, y, w, b)
    return w + learning_rate * grad_w, b + learning_rate * grad_b
