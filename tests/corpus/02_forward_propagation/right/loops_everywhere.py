"""Plain Python loops over layers, nodes and inputs; the batch row by row; the collapse read off the network's outputs for the zero input and the unit inputs; XOR as |x0 - x1|."""

# %% forward-answer
import numpy as np


def forward(x, layers, activations):
    values = [float(v) for v in x]
    for (W, b), activation in zip(layers, activations):
        new_values = []
        for j in range(len(W)):
            total = b[j]
            for i in range(len(values)):
                total += W[j][i] * values[i]
            if activation == "relu" and total < 0:
                total = 0.0
            new_values.append(total)
        values = new_values
    return np.array(values)


# %% forward-batch-answer
def forward_batch(X, layers, activations):
    return np.array([forward(row, layers, activations) for row in X])


# %% collapse-answer
def collapse(layers):
    n_in = layers[0][0].shape[1]
    names = ["identity"] * len(layers)
    b = forward(np.zeros(n_in), layers, names)
    columns = [forward(np.eye(n_in)[i], layers, names) - b for i in range(n_in)]
    return np.array(columns).T, b


# %% xor-answer
xor_layers = [
    (np.array([[1.0, -1.0], [-1.0, 1.0]]), np.zeros(2)),  # relu(x0 - x1), relu(x1 - x0)
    (np.array([[1.0, 1.0]]), np.zeros(1)),  # their sum is |x0 - x1|
]


# %% linear-answer
linear_answer = " B "
