"""Builds the SSE and its gradient from means times n, and the bias as an extra column of ones."""

# %% sse-answer
import numpy as np


def sse(X, y, w, b):
    """Return the sum of squared errors of the predictions X @ w + b against y."""
    n = X.shape[0]
    return n * np.mean(np.square(X.dot(w) + b - y))


# %% gradient-answer
import numpy as np


def sse_gradient(X, y, w, b):
    """Return (grad_w, grad_b), the gradient of the SSE with respect to the weights and the bias."""
    X1 = np.hstack([X, np.ones((X.shape[0], 1))])
    theta = np.append(w, b)
    grad = 2 * X1.T.dot(X1.dot(theta) - y)
    return grad[:-1], grad[-1]


# %% train-answer
def train(X, y, w, b, learning_rate, epochs):
    """Return (final_w, final_b, history) after `epochs` epochs of batch gradient descent."""
    weights, bias = w, b
    costs = [sse(X, y, weights, bias)]
    for epoch in range(1, epochs + 1):
        weights, bias = gradient_step(X, y, weights, bias, learning_rate)
        costs.append(sse(X, y, weights, bias))
    assert len(costs) == epochs + 1
    return weights, bias, costs
