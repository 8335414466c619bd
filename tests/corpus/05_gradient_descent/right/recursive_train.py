"""Training loop written recursively; step via a list of parameters."""

# %% step-answer
import numpy as np


def gradient_step(X, y, w, b, learning_rate):
    """Return (new_w, new_b) after one step of gradient descent on the SSE."""
    gradients = sse_gradient(X, y, w, b)
    params = [w, b]
    new_params = [p - learning_rate * g for p, g in zip(params, gradients)]
    return np.asarray(new_params[0]), new_params[1]


# %% train-answer
def train(X, y, w, b, learning_rate, epochs):
    """Return (final_w, final_b, history) after `epochs` epochs of batch gradient descent."""
    if epochs == 0:
        return w, b, [sse(X, y, w, b)]
    new_w, new_b = gradient_step(X, y, w, b, learning_rate)
    final_w, final_b, rest = train(X, y, new_w, new_b, learning_rate, epochs - 1)
    return final_w, final_b, [sse(X, y, w, b)] + rest
