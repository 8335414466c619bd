"""The chapter's multiply-add with (values * weights).sum() node by node, the batch as a loop over layers with X @ W.T, the collapse as a product over a list, and the solution's XOR weights written as lists."""

# %% forward-answer
import numpy as np


def forward(x, layers, activations):
    values = np.array(x, dtype=float)
    for number, (W, b) in enumerate(layers):
        nodes = np.array([(values * W[j]).sum() + b[j] for j in range(len(b))])
        if activations[number] == "relu":
            nodes = np.array([max(0.0, v) for v in nodes])
        values = nodes
    return values


# %% forward-batch-answer
def forward_batch(X, layers, activations):
    H = X
    for (W, b), activation in zip(layers, activations):
        H = H @ W.T + b
        if activation != "identity":
            H = H * (H > 0)
    return H.astype(float)


# %% collapse-answer
def collapse(layers):
    weights = [W for W, _ in layers]
    W_total = np.eye(weights[0].shape[1])
    b_total = np.zeros(weights[0].shape[1])
    for W, b in layers:
        b_total = W @ b_total + b
        W_total = W @ W_total
    return W_total, b_total


# %% xor-answer
xor_layers = [
    ([[1, 1], [1, 1]], [0, -1]),
    ([[1, -2]], [0]),
]


# %% linear-answer
linear_answer = "b."
