"""Divides the learning rate by the batch size as the chapter did for its summed cost, though this cost is already a mean."""

# %% train-answer
def train(X, y, learning_rate, epochs, batch_size, rng):
    """Return (w, b, history) after `epochs` epochs of mini-batch gradient descent from zero weights."""
    w, b = np.zeros(X.shape[1]), 0.0
    history = [cross_entropy(X, y, w, b)]
    for _ in range(epochs):
        for rows in minibatches(len(y), batch_size, rng):
            grad_w, grad_b = cross_entropy_gradient(X[rows], y[rows], w, b)
            w = w - learning_rate / len(rows) * grad_w
            b = b - learning_rate / len(rows) * grad_b
        history.append(cross_entropy(X, y, w, b))
    return w, b, history
