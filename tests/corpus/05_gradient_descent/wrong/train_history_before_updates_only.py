"""Records the cost only before each update: the cost of the final weights is missing."""


# %% train-answer
def train(X, y, w, b, learning_rate, epochs):
    """Return (final_w, final_b, history) after `epochs` epochs of batch gradient descent."""
    history = []
    for _ in range(epochs):
        history.append(sse(X, y, w, b))
        w, b = gradient_step(X, y, w, b, learning_rate)
    return w, b, history
