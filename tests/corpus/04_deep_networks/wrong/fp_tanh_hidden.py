"""Uses tanh instead of ReLU on the hidden layers."""

# %% forward-pass-answer
import numpy as np


def forward_pass(x, weights, biases):
    """Return the output layer's values of a fully connected ReLU network for x (one row or a batch)."""
    a = x
    for k, (W, b) in enumerate(zip(weights, biases)):
        z = a @ W.T + b
        a = z if k == len(weights) - 1 else np.tanh(z)
    return a
