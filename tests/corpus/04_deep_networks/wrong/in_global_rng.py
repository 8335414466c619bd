"""Draws from numpy's global random state instead of the generator it is given."""

# %% init-network-answer
def init_network(layer_sizes, scheme, rng):
    """Return (weights, biases) of a network with normal random weights of the scheme's size and zero biases."""
    weights, biases = [], []
    for n_in, n_out in zip(layer_sizes[:-1], layer_sizes[1:]):
        weights.append(np.random.normal(0.0, init_std(n_in, n_out, scheme), size=(n_out, n_in)))
        biases.append(np.zeros(n_out))
    return weights, biases
