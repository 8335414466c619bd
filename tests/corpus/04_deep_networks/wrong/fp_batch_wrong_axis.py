"""Works on columns (W @ X.T) and returns the batch transposed: one column per data point."""

# %% forward-pass-answer
import numpy as np


def forward_pass(x, weights, biases):
    """Return the output layer's values of a fully connected ReLU network for x (one row or a batch)."""
    a = x.T
    for k, (W, b) in enumerate(zip(weights, biases)):
        z = W @ a + (b[:, None] if a.ndim == 2 else b)
        a = z if k == len(weights) - 1 else np.maximum(0, z)
    return a
