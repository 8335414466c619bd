"""Allocates the hidden values with np.zeros_like(input_data): integer inputs truncate them."""

# %% forward-dict-answer
import numpy as np


def forward_dict(input_data, weights):
    """Return (hidden_layer_values, output) for one data point."""
    hidden_layer_values = np.zeros_like(input_data)
    for j, key in enumerate(["node_0", "node_1"]):
        hidden_layer_values[j] = np.dot(input_data, weights[key])
    return hidden_layer_values, np.dot(hidden_layer_values, weights["output"])
