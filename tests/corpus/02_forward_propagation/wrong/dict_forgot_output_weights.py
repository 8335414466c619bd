"""Adds up the hidden values without multiplying them by the output weights."""

# %% forward-dict-answer
import numpy as np


def forward_dict(input_data, weights):
    """Return (hidden_layer_values, output) for one data point."""
    hidden_layer_values = np.array(
        [np.dot(input_data, weights["node_0"]), np.dot(input_data, weights["node_1"])]
    )
    return hidden_layer_values, hidden_layer_values.sum()
