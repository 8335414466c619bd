"""Other numpy calls: standard_normal times the scale, the norm for the RMS, unique rows for the patterns, a bound found by experiment."""

# %% init-std-answer
def init_std(n_in, n_out, scheme):
    """Return the standard deviation of Glorot ("glorot") or He ("he") initial weights."""
    variance = 2.0 / n_in if scheme == "he" else 2.0 / (n_in + n_out)
    return variance**0.5

# %% init-network-answer
def init_network(layer_sizes, scheme, rng):
    """Return (weights, biases) of a network with normal random weights of the scheme's size and zero biases."""
    pairs = list(zip(layer_sizes, layer_sizes[1:]))
    weights = [init_std(i, o, scheme) * rng.standard_normal((o, i)) for i, o in pairs]
    return weights, [np.zeros((o,)) for _, o in pairs]

# %% activation-rms-answer
def activation_rms(x, weights, activation):
    """Return the root mean square of each layer's values after the activation, first layer first."""
    functions = {"relu": lambda z: z * (z > 0), "tanh": np.tanh}
    out = np.empty(len(weights))
    a = np.array(x, dtype=float)
    for k, W in enumerate(weights):
        a = functions[activation](np.matmul(W, a.T).T)
        out[k] = np.linalg.norm(a) / np.sqrt(a.size)
    return out

# %% count-regions-answer
def count_regions(weights, biases, xs):
    """Return the number of runs of grid points sharing the same on/off pattern of the hidden units."""
    a = np.atleast_2d(np.asarray(xs, dtype=float)).T
    pattern = np.zeros((len(xs), 0), dtype=bool)
    for W, b in zip(weights[:-1], biases[:-1]):
        z = np.einsum("ij,nj->ni", W, a) + b
        pattern = np.hstack([pattern, z > 0])
        a = np.clip(z, 0, None)
    codes = np.unique(pattern, axis=0, return_inverse=True)[1].ravel()
    return int(np.count_nonzero(np.diff(codes))) + 1

# %% relu-limit-answer
relu_uniform_limit = 0.25

# %% relu-why-answer
answer = " B"
