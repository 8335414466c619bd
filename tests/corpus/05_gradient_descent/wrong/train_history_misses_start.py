"""Forgets the cost of the starting weights: the history has one number per epoch only."""

# %% train-answer
def train(X, y, learning_rate, epochs, batch_size, rng):
    """Return (w, b, history) after `epochs` epochs of mini-batch gradient descent from zero weights."""
    w, b = np.zeros(X.shape[1]), 0.0
    history = []
    for _ in range(epochs):
        for rows in minibatches(len(y), batch_size, rng):
            grad_w, grad_b = cross_entropy_gradient(X[rows], y[rows], w, b)
            w = w - learning_rate * grad_w
            b = b - learning_rate * grad_b
        history.append(cross_entropy(X, y, w, b))
    return w, b, history
