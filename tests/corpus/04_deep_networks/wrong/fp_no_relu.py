"""Forgets ReLU on the hidden layers: a purely linear network."""

# %% forward-pass-answer
def forward_pass(x, weights, biases):
    """Return the output layer's values of a fully connected ReLU network for x (one row or a batch)."""
    a = x
    for W, b in zip(weights, biases):
        a = a @ W.T + b
    return a
