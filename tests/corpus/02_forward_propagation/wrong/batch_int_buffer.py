"""Allocates the predictions like a column of X: integer data truncates them."""

# %% forward-batch-answer
import numpy as np


def forward_batch(X, hidden_weights, output_weights):
    """Return the predictions of the network, one per row of X."""
    outputs = np.zeros_like(X[:, 0])
    for i, row in enumerate(X):
        outputs[i] = (hidden_weights @ row) @ output_weights
    return outputs
