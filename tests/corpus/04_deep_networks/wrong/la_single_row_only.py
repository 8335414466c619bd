"""layer_activations uses W @ a, so a batch of rows fails."""

# %% layer-activations-answer
import numpy as np


def layer_activations(x, weights, biases):
    """Return the values of every layer for x: the input, each hidden layer after ReLU, the output."""
    values = [x]
    for k, (W, b) in enumerate(zip(weights, biases)):
        z = W @ values[-1] + b
        values.append(z if k == len(weights) - 1 else np.maximum(0, z))
    return values
