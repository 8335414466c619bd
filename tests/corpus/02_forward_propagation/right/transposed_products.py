"""Column vectors throughout: (W @ A.T).T for the batch, np.dot for one data point, the collapse by recursion from the last layer, and XOR with the hidden layer scaled by one half."""

# %% forward-answer
import numpy as np


def forward(x, layers, activations):
    a = np.reshape(np.asarray(x, dtype=float), (-1, 1))
    for (W, b), name in zip(layers, activations):
        z = np.dot(W, a) + np.reshape(b, (-1, 1))
        a = z.clip(min=0) if name == "relu" else z
    return a[:, 0]


# %% forward-batch-answer
def forward_batch(X, layers, activations):
    A = np.asarray(X, dtype=float)
    for (W, b), name in zip(layers, activations):
        Z = (np.matmul(W, A.T) + np.reshape(b, (-1, 1))).T
        A = np.maximum(Z, 0) if name == "relu" else Z
    return A


# %% collapse-answer
def collapse(layers):
    if len(layers) == 1:
        W, b = layers[0]
        return np.array(W, dtype=float), np.array(b, dtype=float)
    W_rest, b_rest = collapse(layers[:-1])
    W_last, b_last = layers[-1]
    return W_last @ W_rest, W_last @ b_rest + b_last


# %% xor-answer
xor_layers = [
    (np.array([[0.5, 0.5], [1.0, 1.0]]), np.array([0.0, -1.0])),
    (np.array([[2.0, -2.0]]), np.array([0.0])),
]


# %% linear-answer
linear_answer = "(b)"
