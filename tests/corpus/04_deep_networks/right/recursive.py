"""Recursion over the layers, and itertools.groupby to count the runs of patterns."""

# %% init-std-answer
def init_std(n_in, n_out, scheme):
    """Return the standard deviation of Glorot ("glorot") or He ("he") initial weights."""
    return float(np.sqrt(2 / (n_in if scheme == "he" else n_in + n_out)))

# %% init-network-answer
def init_network(layer_sizes, scheme, rng):
    """Return (weights, biases) of a network with normal random weights of the scheme's size and zero biases."""
    if len(layer_sizes) < 2:
        return [], []
    n_in, n_out = layer_sizes[0], layer_sizes[1]
    W = rng.normal(loc=0, scale=init_std(n_in, n_out, scheme), size=(n_out, n_in))
    rest_w, rest_b = init_network(layer_sizes[1:], scheme, rng)
    return [W] + rest_w, [np.zeros(n_out)] + rest_b

# %% activation-rms-answer
def activation_rms(x, weights, activation):
    """Return the root mean square of each layer's values after the activation, first layer first."""
    if not weights:
        return np.array([])
    z = np.asarray(x) @ weights[0].T
    a = np.tanh(z) if activation == "tanh" else np.where(z > 0, z, 0)
    return np.concatenate([[np.sqrt((a**2).mean())], activation_rms(a, weights[1:], activation)])

# %% count-regions-answer
import itertools


def _patterns(a, weights, biases):
    if len(weights) == 1:
        return np.zeros((len(a), 0), dtype=bool)
    z = a @ weights[0].T + biases[0]
    return np.hstack([z > 0, _patterns(np.maximum(z, 0), weights[1:], biases[1:])])


def count_regions(weights, biases, xs):
    """Return the number of runs of grid points sharing the same on/off pattern of the hidden units."""
    rows = _patterns(np.reshape(xs, (-1, 1)), weights, biases)
    return len(list(itertools.groupby(map(tuple, rows.tolist()))))

# %% relu-limit-answer
import math

relu_uniform_limit = math.sqrt(6 / 100)

# %% relu-why-answer
answer = "b"
