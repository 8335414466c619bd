"""Forgets to scale the draws: standard normal weights whatever the layer size."""

# %% init-network-answer
def init_network(layer_sizes, scheme, rng):
    """Return (weights, biases) of a network with normal random weights of the scheme's size and zero biases."""
    weights = [rng.normal(size=(n_out, n_in)) for n_in, n_out in zip(layer_sizes[:-1], layer_sizes[1:])]
    biases = [np.zeros(n_out) for n_out in layer_sizes[1:]]
    return weights, biases
