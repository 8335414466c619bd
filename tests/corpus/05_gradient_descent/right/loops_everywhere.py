"""Plain Python loops over the rows and the features, no matrix products."""

# %% sse-answer
def sse(X, y, w, b):
    """Return the sum of squared errors of the predictions X @ w + b against y."""
    total = 0.0
    for i in range(len(X)):
        prediction = b
        for j in range(len(w)):
            prediction += X[i][j] * w[j]
        total += (prediction - y[i]) ** 2
    return total


# %% gradient-answer
import numpy as np


def sse_gradient(X, y, w, b):
    """Return (grad_w, grad_b), the gradient of the SSE with respect to the weights and the bias."""
    grad_w = np.zeros(len(w))
    grad_b = 0.0
    for i in range(len(X)):
        error = sum(X[i][j] * w[j] for j in range(len(w))) + b - y[i]
        for j in range(len(w)):
            grad_w[j] += 2 * error * X[i][j]
        grad_b += 2 * error
    return grad_w, grad_b


# %% step-answer
def gradient_step(X, y, w, b, learning_rate):
    """Return (new_w, new_b) after one step of gradient descent on the SSE."""
    grad_w, grad_b = sse_gradient(X, y, w, b)
    new_w = w.copy()
    for j in range(len(new_w)):
        new_w[j] = new_w[j] - learning_rate * grad_w[j]
    return new_w, b - learning_rate * grad_b


# %% train-answer
def train(X, y, w, b, learning_rate, epochs):
    """Return (final_w, final_b, history) after `epochs` epochs of batch gradient descent."""
    history = []
    epoch = 0
    while True:
        history.append(sse(X, y, w, b))
        if epoch == epochs:
            break
        w, b = gradient_step(X, y, w, b, learning_rate)
        epoch += 1
    return w, b, history
