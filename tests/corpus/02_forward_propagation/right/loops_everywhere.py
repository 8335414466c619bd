"""Plain Python loops over keys, rows and hidden nodes, with max(0, z) for ReLU."""

# %% forward-dict-answer
import numpy as np


def forward_dict(input_data, weights):
    """Return (hidden_layer_values, output) for one data point."""
    hidden = []
    for key in ["node_0", "node_1"]:
        value = 0
        for x, w in zip(input_data, weights[key], strict=False):
            value += x * w
        hidden.append(value)
    output = 0
    for h, w in zip(hidden, weights["output"], strict=False):
        output += h * w
    return np.array(hidden), output


# %% forward-batch-answer
def forward_batch(X, hidden_weights, output_weights):
    """Return the predictions of the network, one per row of X."""
    outputs = np.zeros(len(X))
    for i, row in enumerate(X):
        for node_weights, out_weight in zip(hidden_weights, output_weights, strict=False):
            outputs[i] += np.sum(row * node_weights) * out_weight
    return outputs


# %% forward-relu-answer
def forward_relu(X, hidden_weights, output_weights):
    """Return the predictions with ReLU in the hidden layer."""
    predictions = []
    for row in X:
        prediction = 0.0
        for j in range(len(hidden_weights)):
            node_input = (row * hidden_weights[j]).sum()
            prediction += max(0, node_input) * output_weights[j]
        predictions.append(prediction)
    return np.array(predictions)
