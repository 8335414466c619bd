"""Writes the errors as target - prediction and the gradient as -2 X^T (y - y_hat); np.dot and einsum."""

# %% sse-answer
import numpy as np


def sse(X, y, w, b):
    """Return the sum of squared errors of the predictions X @ w + b against y."""
    residuals = y - (np.dot(X, w) + b)
    return float(residuals @ residuals)


# %% gradient-answer
import numpy as np


def sse_gradient(X, y, w, b):
    """Return (grad_w, grad_b), the gradient of the SSE with respect to the weights and the bias."""
    residuals = y - (np.einsum("ij,j->i", X, w) + b)
    return -2 * np.einsum("i,ij->j", residuals, X), -2.0 * residuals.sum()


# %% step-answer
def gradient_step(X, y, w, b, learning_rate):
    """Return (new_w, new_b) after one step of gradient descent on the SSE."""
    gw, gb = sse_gradient(X, y, w, b)
    delta_w = -learning_rate * gw
    delta_b = -learning_rate * gb
    return w + delta_w, b + delta_b
