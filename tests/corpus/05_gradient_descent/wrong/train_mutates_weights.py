"""Updates the caller's weight array in place during training."""


# %% train-answer
def train(X, y, w, b, learning_rate, epochs):
    """Return (final_w, final_b, history) after `epochs` epochs of batch gradient descent."""
    history = [sse(X, y, w, b)]
    for _ in range(epochs):
        grad_w, grad_b = sse_gradient(X, y, w, b)
        w -= learning_rate * grad_w
        b -= learning_rate * grad_b
        history.append(sse(X, y, w, b))
    return w, b, history
