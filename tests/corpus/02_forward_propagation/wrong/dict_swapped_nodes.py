"""Swaps the hidden nodes: node 0 uses weights["node_1"] and node 1 uses weights["node_0"]."""

# %% forward-dict-answer
import numpy as np


def forward_dict(input_data, weights):
    """Return (hidden_layer_values, output) for one data point."""
    node_0_value = (input_data * weights["node_1"]).sum()
    node_1_value = (input_data * weights["node_0"]).sum()
    hidden_layer_values = np.array([node_0_value, node_1_value])
    return hidden_layer_values, (hidden_layer_values * weights["output"]).sum()
