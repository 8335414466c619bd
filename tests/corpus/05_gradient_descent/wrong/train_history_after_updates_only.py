"""Records the cost only after each update: the cost of the start is missing (epochs entries)."""


# %% train-answer
def train(X, y, w, b, learning_rate, epochs):
    """Return (final_w, final_b, history) after `epochs` epochs of batch gradient descent."""
    history = []
    for _ in range(epochs):
        w, b = gradient_step(X, y, w, b, learning_rate)
        history.append(sse(X, y, w, b))
    return w, b, history
