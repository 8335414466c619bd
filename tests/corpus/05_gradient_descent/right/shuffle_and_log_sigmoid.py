"""Shuffles np.arange in place with rng.shuffle, writes the cost with log-sigmoids and the gradient with np.einsum."""

# %% cross-entropy-answer
def cross_entropy(X, y, w, b):
    """Return the mean binary cross-entropy of the logistic neuron sigmoid(X @ w + b) against y."""
    z = X @ w + b
    log_p = -np.logaddexp(0, -z)  # log sigmoid(z)
    log_not_p = -np.logaddexp(0, z)  # log(1 - sigmoid(z))
    return float(-np.mean(y * log_p + (1 - y) * log_not_p))


# %% gradient-answer
def cross_entropy_gradient(X, y, w, b):
    """Return (grad_w, grad_b), the gradient of the mean cross-entropy with respect to w and b."""
    p = 0.5 * (1 + np.tanh(0.5 * (X @ w + b)))  # the sigmoid through tanh: no overflow
    n = X.shape[0]
    return np.einsum("i,ij->j", p - y, X) / n, float(np.sum(p - y) / n)


# %% minibatches-answer
def minibatches(n_rows, batch_size, rng):
    """Return one epoch's batches of row indices, in a random order drawn from rng."""
    indices = np.arange(n_rows)
    rng.shuffle(indices)
    return [indices[i : i + batch_size] for i in range(0, n_rows, batch_size)]


# %% train-answer
def train(X, y, learning_rate, epochs, batch_size, rng):
    """Return (w, b, history) after `epochs` epochs of mini-batch gradient descent from zero weights."""
    weights = np.zeros(X.shape[1] + 1)  # the bias as the last entry
    def cost_now():
        return cross_entropy(X, y, weights[:-1], weights[-1])
    history = [cost_now()]
    for _ in range(epochs):
        for rows in minibatches(len(y), batch_size, rng):
            grad_w, grad_b = cross_entropy_gradient(X[rows], y[rows], weights[:-1], weights[-1])
            weights = weights - learning_rate * np.append(grad_w, grad_b)
        history.append(cost_now())
    return weights[:-1], float(weights[-1]), np.array(history)
