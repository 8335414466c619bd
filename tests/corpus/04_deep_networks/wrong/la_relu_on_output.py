"""layer_activations applies ReLU to the output layer too."""

# %% layer-activations-answer
import numpy as np


def layer_activations(x, weights, biases):
    """Return the values of every layer for x: the input, each hidden layer after ReLU, the output."""
    values = [x]
    for W, b in zip(weights, biases):
        values.append(np.maximum(0, values[-1] @ W.T + b))
    return values
