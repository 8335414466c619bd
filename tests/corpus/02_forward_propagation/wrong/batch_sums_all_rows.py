"""Adds up the predictions of all rows into one number."""

# %% forward-batch-answer
import numpy as np


def forward_batch(X, hidden_weights, output_weights):
    """Return the predictions of the network, one per row of X."""
    return np.sum(X @ hidden_weights.T @ output_weights)
