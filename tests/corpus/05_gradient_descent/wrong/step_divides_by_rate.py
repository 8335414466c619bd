"""Divides the gradient by the learning rate instead of multiplying."""


# %% step-answer
def gradient_step(X, y, w, b, learning_rate):
    """Return (new_w, new_b) after one step of gradient descent on the SSE."""
    grad_w, grad_b = sse_gradient(X, y, w, b)
    if learning_rate == 0:
        return w.copy(), b
    return w - grad_w / learning_rate, b - grad_b / learning_rate
