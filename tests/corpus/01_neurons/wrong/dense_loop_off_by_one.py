"""Off-by-one loop over the neurons: skips the last neuron."""

# %% dense-layer-answer
import numpy as np


def dense_layer(x, weights, biases, activation):
    """Return the outputs of a dense layer."""
    outputs = []
    for j in range(len(biases) - 1):
        outputs.append(activation(np.dot(weights[j], x) + biases[j]))
    return np.array(outputs)
