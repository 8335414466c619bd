"""Stops training far too early, with a tiny learning rate: the boundary stays almost straight."""

# %% train-network-answer
import numpy as np


def train_network(X, y, n_hidden, learning_rate, n_steps, seed=0):
    """Return the parameters after n_steps of full-batch gradient descent from a seeded start."""
    rng = np.random.default_rng(seed)
    params = {
        "W1": rng.normal(0, 1, size=(n_hidden, X.shape[1])),
        "b1": np.zeros(n_hidden),
        "W2": rng.normal(0, 1 / np.sqrt(n_hidden), size=(n_hidden, n_hidden)),
        "b2": np.zeros(n_hidden),
        "w3": rng.normal(0, 1 / np.sqrt(n_hidden), size=n_hidden),
        "b3": 0.0,
    }
    for _ in range(n_steps):
        grads = network_gradients(params, X, y)
        params = {name: params[name] - learning_rate * grads[name] for name in params}
    return params


moon_params = train_network(X_moons, y_moons, n_hidden=8, learning_rate=0.05, n_steps=100)
