"""layer_activations leaves out the input layer."""

# %% layer-activations-answer
import numpy as np


def layer_activations(x, weights, biases):
    """Return the values of every layer for x: the input, each hidden layer after ReLU, the output."""
    values = []
    a = x
    for k, (W, b) in enumerate(zip(weights, biases)):
        z = a @ W.T + b
        a = z if k == len(weights) - 1 else np.maximum(0, z)
        values.append(a)
    return values
