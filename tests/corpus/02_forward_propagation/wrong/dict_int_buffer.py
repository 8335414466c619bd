"""Stores the hidden values in an integer array, so decimals are cut off."""

# %% forward-dict-answer
import numpy as np


def forward_dict(input_data, weights):
    """Return (hidden_layer_values, output) for one data point."""
    hidden_layer_values = np.zeros(2, dtype=int)
    hidden_layer_values[0] = np.dot(input_data, weights["node_0"])
    hidden_layer_values[1] = np.dot(input_data, weights["node_1"])
    return hidden_layer_values, np.dot(hidden_layer_values, weights["output"])
