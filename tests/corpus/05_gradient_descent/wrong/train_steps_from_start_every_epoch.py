"""Steps from the starting weights in every epoch instead of from the latest ones."""


# %% train-answer
def train(X, y, w, b, learning_rate, epochs):
    """Return (final_w, final_b, history) after `epochs` epochs of batch gradient descent."""
    history = [sse(X, y, w, b)]
    final_w, final_b = w, b
    for _ in range(epochs):
        final_w, final_b = gradient_step(X, y, w, b, learning_rate)
        history.append(sse(X, y, final_w, final_b))
    return final_w, final_b, history
