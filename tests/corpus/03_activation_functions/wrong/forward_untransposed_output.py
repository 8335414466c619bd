"""Multiplies by output_weights without transposing: wrong for several output nodes."""

# %% forward-relu-batch-answer
import numpy as np


def forward_relu_batch(X, hidden_weights, output_weights):
    """Predictions of the network, one per row of X."""
    hidden = np.maximum(0, X @ hidden_weights.T)
    return hidden @ output_weights
