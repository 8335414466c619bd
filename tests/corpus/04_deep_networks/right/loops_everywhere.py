"""Explicit loops over rows, nodes and inputs; a 1-D input handled as one row."""

# %% forward-pass-answer
import numpy as np


def forward_pass(x, weights, biases):
    """Return the output layer's values of a fully connected ReLU network for x (one row or a batch)."""
    single = np.ndim(x) == 1
    rows = [x] if single else list(x)
    results = []
    for row in rows:
        values = [float(v) for v in row]
        for layer in range(len(weights)):
            W, b = weights[layer], biases[layer]
            new_values = []
            for j in range(W.shape[0]):
                total = float(b[j])
                for i in range(W.shape[1]):
                    total += W[j, i] * values[i]
                if layer < len(weights) - 1 and total < 0:
                    total = 0.0
                new_values.append(total)
            values = new_values
        results.append(values)
    out = np.array(results)
    return out[0] if single else out

# %% layer-activations-answer
import numpy as np


def layer_activations(x, weights, biases):
    """Return the values of every layer for x: the input, each hidden layer after ReLU, the output."""
    layers = [np.array(x, dtype=float)]
    for layer in range(len(weights)):
        z = np.dot(layers[-1], np.transpose(weights[layer])) + biases[layer]
        if layer != len(weights) - 1:
            z = np.where(z < 0, 0, z)
        layers.append(z)
    return layers

# %% count-parameters-answer
def count_parameters(weights, biases):
    """Return the number of weights plus biases of the network."""
    total = 0
    for W in weights:
        n_out, n_in = W.shape
        total += n_in * n_out + n_out
    return total

# %% cap-depth-answer
def cap_depth(layer_sizes):
    """Return the CAP depth of a feedforward network: the number of hidden layers plus one."""
    hidden_layers = len(layer_sizes) - 2
    return hidden_layers + 1
