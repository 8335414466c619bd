"""forward_pass reused by layer_activations through slices; einsum; numpy counts."""

# %% forward-pass-answer
import numpy as np


def relu(z):
    return np.clip(z, 0, None)


def forward_pass(x, weights, biases):
    """Return the output layer's values of a fully connected ReLU network for x (one row or a batch)."""
    *hidden, (W_out, b_out) = list(zip(weights, biases))
    a = np.asarray(x, dtype=float)
    for W, b in hidden:
        a = relu(np.einsum("...i,ji->...j", a, W) + b)
    return np.einsum("...i,ji->...j", a, W_out) + b_out

# %% layer-activations-answer
def layer_activations(x, weights, biases):
    """Return the values of every layer for x: the input, each hidden layer after ReLU, the output."""
    values = [x]
    for k in range(1, len(weights) + 1):
        out = forward_pass(x, weights[:k], biases[:k])
        if k < len(weights):
            out = relu(out)
        values.append(out)
    return values

# %% count-parameters-answer
import numpy as np


def count_parameters(weights, biases):
    """Return the number of weights plus biases of the network."""
    return int(np.sum([np.size(p) for p in weights + biases]))

# %% cap-depth-answer
def cap_depth(layer_sizes):
    """Return the CAP depth of a feedforward network: the number of hidden layers plus one."""
    return len(layer_sizes[1:])
