"""Forgets the learning rate: steps by the whole gradient."""


# %% step-answer
def gradient_step(X, y, w, b, learning_rate):
    """Return (new_w, new_b) after one step of gradient descent on the SSE."""
    grad_w, grad_b = sse_gradient(X, y, w, b)
    return w - grad_w, b - grad_b
