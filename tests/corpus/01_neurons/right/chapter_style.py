"""The chapter's style: (inputs * weights).sum(), np.sum over axis 1, np.dot for the count."""

# %% weighted-sum-answer
import numpy as np


def weighted_sum(inputs, weights, bias):
    """Return the weighted sum of one neuron."""
    node_value = (inputs * weights).sum()
    return float(node_value + bias)


# %% neuron-output-answer
def neuron_output(inputs, weights, bias, activation):
    """Return the output of one neuron."""
    node_input = np.dot(weights, inputs) + bias
    node_output = activation(node_input)
    return node_output


# %% dense-layer-answer
def dense_layer(x, weights, biases, activation):
    """Return the outputs of a dense layer."""
    layer_input = np.sum(weights * x, axis=1) + biases
    return np.asarray(activation(layer_input))


# %% count-parameters-answer
def count_parameters(layer_sizes):
    """Return the number of parameters."""
    n_weights = np.dot(layer_sizes[:-1], layer_sizes[1:])
    return int(n_weights + np.sum(layer_sizes[1:]))
