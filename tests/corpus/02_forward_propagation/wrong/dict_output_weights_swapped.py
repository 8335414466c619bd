"""Pairs hidden node 0 with the second output weight and node 1 with the first."""

# %% forward-dict-answer
import numpy as np


def forward_dict(input_data, weights):
    """Return (hidden_layer_values, output) for one data point."""
    hidden_layer_values = np.array(
        [np.dot(input_data, weights["node_0"]), np.dot(input_data, weights["node_1"])]
    )
    output = (
        hidden_layer_values[0] * weights["output"][1]
        + hidden_layer_values[1] * weights["output"][0]
    )
    return hidden_layer_values, output
