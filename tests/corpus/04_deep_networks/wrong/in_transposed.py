"""Draws weight matrices of shape (n_in, n_out), the transpose of the course's layout."""

# %% init-network-answer
def init_network(layer_sizes, scheme, rng):
    """Return (weights, biases) of a network with normal random weights of the scheme's size and zero biases."""
    weights, biases = [], []
    for n_in, n_out in zip(layer_sizes[:-1], layer_sizes[1:]):
        weights.append(rng.normal(0.0, init_std(n_in, n_out, scheme), size=(n_in, n_out)))
        biases.append(np.zeros(n_out))
    return weights, biases
