"""Plain Python loops over the rows and the features with math.log1p and math.exp, branching on the sign of the logit for stability."""

# %% cross-entropy-answer
import math


def cross_entropy(X, y, w, b):
    """Return the mean binary cross-entropy of the logistic neuron sigmoid(X @ w + b) against y."""
    total = 0.0
    for i in range(len(y)):
        z = b + sum(X[i][j] * w[j] for j in range(len(w)))
        # log(1 + e^z), computed without overflow on either side
        softplus = z + math.log1p(math.exp(-z)) if z > 0 else math.log1p(math.exp(z))
        total += softplus - y[i] * z
    return total / len(y)


# %% gradient-answer
import math


def cross_entropy_gradient(X, y, w, b):
    """Return (grad_w, grad_b), the gradient of the mean cross-entropy with respect to w and b."""
    n_rows = len(y)
    grad_w = np.zeros(len(w))
    grad_b = 0.0
    for i in range(n_rows):
        z = b + sum(X[i][j] * w[j] for j in range(len(w)))
        p = 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))
        for j in range(len(w)):
            grad_w[j] += (p - y[i]) * X[i][j] / n_rows
        grad_b += (p - y[i]) / n_rows
    return grad_w, grad_b


# %% minibatches-answer
def minibatches(n_rows, batch_size, rng):
    """Return one epoch's batches of row indices, in a random order drawn from rng."""
    order = rng.permutation(n_rows)
    batches = []
    start = 0
    while start < n_rows:
        batches.append(order[start : start + batch_size])
        start += batch_size
    return batches


# %% train-answer
def train(X, y, learning_rate, epochs, batch_size, rng):
    """Return (w, b, history) after `epochs` epochs of mini-batch gradient descent from zero weights."""
    w = [0.0] * X.shape[1]
    b = 0.0
    history = [cross_entropy(X, y, np.array(w), b)]
    for epoch in range(epochs):
        for rows in minibatches(len(y), batch_size, rng):
            grad_w, grad_b = cross_entropy_gradient(X[rows], y[rows], np.array(w), b)
            w = [w[j] - learning_rate * grad_w[j] for j in range(len(w))]
            b = b - learning_rate * grad_b
        history.append(cross_entropy(X, y, np.array(w), b))
    return np.array(w), b, history
