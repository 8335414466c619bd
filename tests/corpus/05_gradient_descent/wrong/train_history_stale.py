"""Appends the cost computed before the step after it, so history[k] is one epoch behind."""


# %% train-answer
def train(X, y, w, b, learning_rate, epochs):
    """Return (final_w, final_b, history) after `epochs` epochs of batch gradient descent."""
    history = [sse(X, y, w, b)]
    for _ in range(epochs):
        cost = sse(X, y, w, b)
        w, b = gradient_step(X, y, w, b, learning_rate)
        history.append(cost)
    return w, b, history
