"""Records the cost before every step and the final cost after the loop; numpy array history; own step code."""

# %% step-answer
import numpy as np


def gradient_step(X, y, w, b, learning_rate):
    """Return (new_w, new_b) after one step of gradient descent on the SSE."""
    y_hat = X @ w + b
    error = y_hat - y
    new_w = np.array(w, dtype=float, copy=True)
    new_w -= learning_rate * 2 * (error @ X)
    new_b = b - learning_rate * 2 * error.sum()
    return new_w, new_b


# %% train-answer
import numpy as np


def train(X, y, w, b, learning_rate, epochs):
    """Return (final_w, final_b, history) after `epochs` epochs of batch gradient descent."""
    history = np.empty(epochs + 1)
    current_w, current_b = w.copy(), b
    for epoch in range(epochs):
        history[epoch] = sse(X, y, current_w, current_b)
        current_w, current_b = gradient_step(X, y, current_w, current_b, learning_rate)
    history[epochs] = sse(X, y, current_w, current_b)
    return current_w, current_b, history
