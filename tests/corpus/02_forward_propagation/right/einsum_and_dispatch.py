"""A dictionary of activation functions, np.einsum for the products, the collapse with functools.reduce on augmented matrices, and XOR as 1 - |x0 + x1 - 1|."""

# %% forward-answer
from functools import reduce

import numpy as np

ACTIVATIONS = {"identity": lambda z: z, "relu": lambda z: np.where(z > 0, z, 0.0)}


def forward(x, layers, activations):
    a = np.array(x, dtype=float)
    for k, (W, b) in enumerate(layers):
        a = ACTIVATIONS[activations[k]](np.einsum("ji,i->j", W, a) + b)
    return a


# %% forward-batch-answer
def forward_batch(X, layers, activations):
    A = np.array(X, dtype=float)
    for k, (W, b) in enumerate(layers):
        A = ACTIVATIONS[activations[k]](np.einsum("ri,ji->rj", A, W) + b[np.newaxis, :])
    return A


# %% collapse-answer
def augmented(W, b):
    # [[W, b], [0, 1]] acting on (x, 1)
    top = np.hstack([W, np.reshape(b, (-1, 1))])
    bottom = np.hstack([np.zeros(W.shape[1]), [1.0]])
    return np.vstack([top, bottom])


def collapse(layers):
    M = reduce(lambda acc, layer: augmented(*layer) @ acc, layers[1:], augmented(*layers[0]))
    return M[:-1, :-1], M[:-1, -1]


# %% xor-answer
xor_layers = [
    (np.array([[-1.0, -1.0], [1.0, 1.0]]), np.array([1.0, -1.0])),  # relu(1 - s), relu(s - 1)
    (np.array([[-1.0, -1.0]]), np.array([1.0])),  # 1 - |s - 1|
]


# %% linear-answer
linear_answer = "b"
