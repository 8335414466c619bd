"""The chapter's (input_data * weights).sum() style; ReLU by zeroing negatives of a new array."""

# %% forward-dict-answer
import numpy as np


def forward_dict(input_data, weights):
    """Return (hidden_layer_values, output) for one data point."""
    node_0_value = (input_data * weights["node_0"]).sum()
    node_1_value = (input_data * weights["node_1"]).sum()
    hidden_layer_values = np.array([node_0_value, node_1_value])
    output = (hidden_layer_values * weights["output"]).sum()
    return hidden_layer_values, output


# %% forward-batch-answer
def forward_batch(X, hidden_weights, output_weights):
    """Return the predictions of the network, one per row of X."""
    hidden_layer_values = (X[:, np.newaxis, :] * hidden_weights[np.newaxis, :, :]).sum(axis=2)
    return (hidden_layer_values * output_weights).sum(axis=1)


# %% forward-relu-answer
def forward_relu(X, hidden_weights, output_weights):
    """Return the predictions with ReLU in the hidden layer."""
    hidden_layer_inputs = X @ hidden_weights.T
    hidden_layer_outputs = hidden_layer_inputs.copy()
    hidden_layer_outputs[hidden_layer_outputs < 0] = 0
    return hidden_layer_outputs @ output_weights
