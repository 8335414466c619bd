"""Trains a smaller network (4 units per layer) for fewer steps, checks itself on held-out moons, and answers in lower case with a comment."""

# %% train-network-answer
import numpy as np


def train_network(X, y, n_hidden, learning_rate, n_steps, seed=0):
    """Return the parameters after n_steps of full-batch gradient descent from a seeded start."""
    rng = np.random.default_rng(seed)
    n_features = np.shape(X)[1]
    params = {}
    params["W1"] = rng.normal(0.0, 1.0, (n_hidden, n_features))
    params["W2"] = rng.normal(0.0, n_hidden**-0.5, (n_hidden, n_hidden))
    params["w3"] = rng.normal(0.0, n_hidden**-0.5, n_hidden)
    params["b1"], params["b2"], params["b3"] = np.zeros(n_hidden), np.zeros(n_hidden), 0.0
    for _ in range(n_steps):
        params = {k: v - learning_rate * g for (k, v), g in zip(params.items(), [network_gradients(params, X, y)[k] for k in params])}
    return params


X_check, y_check = make_moons(n_samples=500, noise=0.2, random_state=123)
moon_params = train_network(X_moons, y_moons, n_hidden=4, learning_rate=0.5, n_steps=300)
H = np.tanh(np.tanh(X_check @ moon_params["W1"].T + moon_params["b1"]) @ moon_params["W2"].T + moon_params["b2"])
print("held-out accuracy:", np.mean(((H @ moon_params["w3"] + moon_params["b3"]) > 0) == y_check))


# %% zero-start-answer
zero_start_answer = "b"  # W1 and W2 never move
