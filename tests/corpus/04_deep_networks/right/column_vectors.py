"""Works with column vectors (W @ A.T) and transposes back; copies the input first."""

# %% forward-pass-answer
import numpy as np


def forward_pass(x, weights, biases):
    """Return the output layer's values of a fully connected ReLU network for x (one row or a batch)."""
    A = np.array(x, dtype=float, ndmin=2).T  # one column per data point
    for index, W in enumerate(weights):
        Z = W @ A + np.reshape(biases[index], (-1, 1))
        A = Z if index == len(weights) - 1 else np.where(Z > 0, Z, 0.0)
    return A[:, 0] if np.ndim(x) == 1 else A.T

# %% layer-activations-answer
import numpy as np


def layer_activations(x, weights, biases):
    """Return the values of every layer for x: the input, each hidden layer after ReLU, the output."""
    result = [np.copy(x)]
    current = np.copy(x).astype(float)
    for index, (W, b) in enumerate(zip(weights, biases)):
        current = current @ W.T
        current += b
        if index < len(weights) - 1:
            current[current < 0] = 0
        result.append(current)
    return result

# %% cap-depth-answer
def cap_depth(layer_sizes):
    """Return the CAP depth of a feedforward network: the number of hidden layers plus one."""
    n_hidden = 0
    for _ in layer_sizes[1:-1]:
        n_hidden += 1
    return n_hidden + 1
