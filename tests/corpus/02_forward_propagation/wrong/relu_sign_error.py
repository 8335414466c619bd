"""Sign error in ReLU: keeps the negative part, np.minimum(0, z), instead of max(0, z)."""

# %% forward-relu-answer
import numpy as np


def forward_relu(X, hidden_weights, output_weights):
    """Return the predictions with ReLU in the hidden layer."""
    return np.minimum(0, X @ hidden_weights.T) @ output_weights
