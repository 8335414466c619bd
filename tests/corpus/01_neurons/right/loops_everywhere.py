"""Plain Python loops instead of numpy operations."""

# %% weighted-sum-answer
import numpy as np


def weighted_sum(inputs, weights, bias):
    """Return the weighted sum of one neuron."""
    total = bias
    for x, w in zip(inputs, weights, strict=False):
        total = total + x * w
    return total


# %% neuron-output-answer
def neuron_output(inputs, weights, bias, activation):
    """Return the output of one neuron."""
    z = 0.0
    for i in range(len(inputs)):
        z += inputs[i] * weights[i]
    return activation(z + bias)


# %% dense-layer-answer
def dense_layer(x, weights, biases, activation):
    """Return the outputs of a dense layer."""
    n_out, n_in = weights.shape
    outputs = np.zeros(n_out)
    for j in range(n_out):
        z = biases[j]
        for i in range(n_in):
            z += weights[j, i] * x[i]
        outputs[j] = activation(z)
    return outputs


# %% count-parameters-answer
def count_parameters(layer_sizes):
    """Return the number of parameters."""
    total = 0
    i = 1
    while i < len(layer_sizes):
        total += layer_sizes[i - 1] * layer_sizes[i]
        total += layer_sizes[i]
        i += 1
    return total
