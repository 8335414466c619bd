"""Backpropagates with a helper per layer, reuses the Task 1 nodes in the graph, trains with in-place updates of copies."""

# %% graph-gradients-answer
import numpy as np


def graph_gradients(x, y, z):
    """Return (df/dx, df/dy, df/dz) for f = max(x, y) / (x + z)."""
    df_dnumerator, df_ddenominator = divide_backward(np.maximum(x, y), x + z, 1.0)
    gradient_x_from_max, gradient_y = max_backward(x, y, df_dnumerator)
    # x + z passes df/dq on to both of its inputs; x collects both of its uses.
    gradient_x = gradient_x_from_max + df_ddenominator * 1.0
    gradient_z = df_ddenominator * 1.0
    return gradient_x, gradient_y, gradient_z


# %% network-gradients-answer
import numpy as np


def layer_backward(inputs, outputs, weights, d_outputs):
    """Through tanh(inputs @ weights.T + b): (d weights, d b, d inputs)."""
    d_pre = d_outputs * (1.0 - outputs * outputs)
    return d_pre.T @ inputs, d_pre.sum(axis=0), d_pre @ weights


def network_gradients(params, X, y):
    """Return the gradients of the mean binary cross-entropy, keyed like params."""
    H1 = np.tanh(X @ params["W1"].T + params["b1"])
    H2 = np.tanh(H1 @ params["W2"].T + params["b2"])
    y_hat = 1.0 / (1.0 + np.exp(-(H2 @ params["w3"] + params["b3"])))
    d_s = (y_hat - y) / len(y)
    grads = {"w3": H2.T @ d_s, "b3": np.sum(d_s)}
    d_H2 = d_s[:, np.newaxis] * params["w3"]
    grads["W2"], grads["b2"], d_H1 = layer_backward(H1, H2, params["W2"], d_H2)
    grads["W1"], grads["b1"], _ = layer_backward(X, H1, params["W1"], d_H1)
    return grads


# %% train-network-answer
import numpy as np


def train_network(X, y, n_hidden, learning_rate, n_steps, seed=0):
    """Return the parameters after n_steps of full-batch gradient descent from a seeded start."""
    rng = np.random.default_rng(seed)
    scale = 1 / np.sqrt(n_hidden)
    W1 = rng.normal(0, 1, size=(n_hidden, X.shape[1]))
    W2 = rng.normal(0, scale, size=(n_hidden, n_hidden))
    w3 = rng.normal(0, scale, size=n_hidden)
    params = {"W1": W1, "b1": np.zeros(n_hidden), "W2": W2, "b2": np.zeros(n_hidden), "w3": w3, "b3": np.float64(0.0)}
    step = 0
    while step < n_steps:
        grads = network_gradients(params, X, y)
        for name in params:
            params[name] = params[name] - learning_rate * grads[name]
        step += 1
    return params


moon_params = train_network(X_moons, y_moons, 16, 0.1, 2000)


# %% zero-start-answer
zero_start_answer = " (b) "
