"""scipy.special's log_expit and expit for the logistic function, np.split for the batches."""

# %% cross-entropy-answer
from scipy.special import log_expit


def cross_entropy(X, y, w, b):
    """Return the mean binary cross-entropy of the logistic neuron sigmoid(X @ w + b) against y."""
    z = X @ w + b
    return -np.mean(y * log_expit(z) + (1 - y) * log_expit(-z))


# %% gradient-answer
from scipy.special import expit


def cross_entropy_gradient(X, y, w, b):
    """Return (grad_w, grad_b), the gradient of the mean cross-entropy with respect to w and b."""
    residuals = expit(X @ w + b) - y
    return np.mean(residuals[:, None] * X, axis=0), residuals.mean()


# %% minibatches-answer
def minibatches(n_rows, batch_size, rng):
    """Return one epoch's batches of row indices, in a random order drawn from rng."""
    order = rng.permutation(n_rows)
    return np.split(order, np.arange(batch_size, n_rows, batch_size))


# %% train-answer
def train(X, y, learning_rate, epochs, batch_size, rng):
    """Return (w, b, history) after `epochs` epochs of mini-batch gradient descent from zero weights."""
    w = np.zeros(X.shape[1])
    b = 0.0
    history = [cross_entropy(X, y, w, b)]
    for _ in range(epochs):
        for batch in minibatches(len(X), batch_size, rng):
            gw, gb = cross_entropy_gradient(X[batch], y[batch], w, b)
            w = w - learning_rate * gw
            b = b - learning_rate * gb
        history.append(cross_entropy(X, y, w, b))
    return w, b, history


# %% learning-rate-answer
learning_rate = 4
w_trained, b_trained, history_trained = train(X_train, y_train, learning_rate, 25, 300, np.random.default_rng(1))


# %% explanations-answer
answer_overshoot = "B"
answer_sum_rate = " b "
