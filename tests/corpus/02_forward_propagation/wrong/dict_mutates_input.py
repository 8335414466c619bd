"""Reuses input_data as a buffer, multiplying it in place."""

# %% forward-dict-answer
import numpy as np


def forward_dict(input_data, weights):
    """Return (hidden_layer_values, output) for one data point."""
    node_0_value = np.dot(input_data, weights["node_0"])
    input_data *= weights["node_1"]
    node_1_value = input_data.sum()
    hidden_layer_values = np.array([node_0_value, node_1_value])
    return hidden_layer_values, np.dot(hidden_layer_values, weights["output"])
