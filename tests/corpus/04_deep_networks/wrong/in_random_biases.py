"""Draws the biases at random too, instead of starting them at zero."""

# %% init-network-answer
def init_network(layer_sizes, scheme, rng):
    """Return (weights, biases) of a network with normal random weights of the scheme's size and zero biases."""
    weights, biases = [], []
    for n_in, n_out in zip(layer_sizes[:-1], layer_sizes[1:]):
        std = init_std(n_in, n_out, scheme)
        weights.append(rng.normal(0.0, std, size=(n_out, n_in)))
        biases.append(rng.normal(0.0, std, size=n_out))
    return weights, biases
