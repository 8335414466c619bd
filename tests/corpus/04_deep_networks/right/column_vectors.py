"""Column vectors: weight matrix times the transposed batch, patterns compared point by point with array_equal, a bound tuned a little low."""

# %% init-std-answer
def init_std(n_in, n_out, scheme):
    """Return the standard deviation of Glorot ("glorot") or He ("he") initial weights."""
    if scheme == "glorot":
        average_fan = (n_in + n_out) / 2
        return np.sqrt(1 / average_fan)
    return np.sqrt(2) / np.sqrt(n_in)

# %% init-network-answer
def init_network(layer_sizes, scheme, rng):
    """Return (weights, biases) of a network with normal random weights of the scheme's size and zero biases."""
    sizes = list(layer_sizes)
    weights, biases = [], []
    while len(sizes) > 1:
        n_in = sizes.pop(0)
        n_out = sizes[0]
        weights.append(rng.normal(0.0, init_std(n_in, n_out, scheme), (n_out, n_in)))
        biases.append(np.zeros(n_out))
    return (weights, biases)

# %% activation-rms-answer
def activation_rms(x, weights, activation):
    """Return the root mean square of each layer's values after the activation, first layer first."""
    columns = np.asarray(x, dtype=float).T
    sizes = []
    for W in weights:
        columns = W @ columns
        columns = np.tanh(columns) if activation == "tanh" else np.maximum(columns, 0)
        sizes.append(np.sqrt(np.sum(columns * columns) / columns.size))
    return np.asarray(sizes)

# %% count-regions-answer
def count_regions(weights, biases, xs):
    """Return the number of runs of grid points sharing the same on/off pattern of the hidden units."""
    def pattern(x):
        a = np.array([[float(x)]])
        bits = []
        for W, b in zip(weights[:-1], biases[:-1]):
            z = W @ a + np.reshape(b, (-1, 1))
            bits.append((z > 0).ravel())
            a = np.maximum(z, 0)
        return np.concatenate(bits)

    patterns = [pattern(x) for x in xs]
    return 1 + sum(not np.array_equal(p, q) for p, q in zip(patterns, patterns[1:]))

# %% relu-limit-answer
relu_uniform_limit = 0.24

# %% relu-why-answer
answer = "b"
