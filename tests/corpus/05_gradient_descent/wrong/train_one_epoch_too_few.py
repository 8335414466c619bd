"""Off-by-one in the epochs loop: range(epochs - 1) makes one step too few."""


# %% train-answer
def train(X, y, w, b, learning_rate, epochs):
    """Return (final_w, final_b, history) after `epochs` epochs of batch gradient descent."""
    history = [sse(X, y, w, b)]
    for _ in range(epochs - 1):
        w, b = gradient_step(X, y, w, b, learning_rate)
        history.append(sse(X, y, w, b))
    return w, b, history
