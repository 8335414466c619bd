"""np.dot throughout, the output weights folded in first, and np.where for ReLU."""

# %% forward-dict-answer
import numpy as np


def forward_dict(input_data, weights):
    """Return (hidden_layer_values, output) for one data point."""
    hidden_weights = np.vstack([weights["node_0"], weights["node_1"]])
    hidden_layer_values = np.dot(hidden_weights, input_data)
    return hidden_layer_values, float(np.dot(hidden_layer_values, weights["output"]))


# %% forward-batch-answer
def forward_batch(X, hidden_weights, output_weights):
    """Return the predictions of the network, one per row of X."""
    return np.dot(X, np.dot(hidden_weights.T, output_weights))


# %% forward-relu-answer
def forward_relu(X, hidden_weights, output_weights):
    """Return the predictions with ReLU in the hidden layer."""
    node_inputs = np.dot(X, hidden_weights.T)
    node_outputs = np.where(node_inputs > 0, node_inputs, 0)
    return np.dot(node_outputs, output_weights)
