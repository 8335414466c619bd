"""Plain Python loops over layers, units and grid points, math.sqrt for the standard deviation."""

# %% init-std-answer
import math


def init_std(n_in, n_out, scheme):
    """Return the standard deviation of Glorot ("glorot") or He ("he") initial weights."""
    if scheme == "he":
        variance = 2 / n_in
    else:
        variance = 1 / ((n_in + n_out) / 2)
    return math.sqrt(variance)

# %% init-network-answer
def init_network(layer_sizes, scheme, rng):
    """Return (weights, biases) of a network with normal random weights of the scheme's size and zero biases."""
    weights = []
    biases = []
    for k in range(len(layer_sizes) - 1):
        n_in, n_out = layer_sizes[k], layer_sizes[k + 1]
        weights.append(rng.normal(0.0, init_std(n_in, n_out, scheme), size=(n_out, n_in)))
        biases.append(np.array([0.0] * n_out))
    return weights, biases

# %% activation-rms-answer
import math


def activation_rms(x, weights, activation):
    """Return the root mean square of each layer's values after the activation, first layer first."""
    rows = [list(map(float, row)) for row in x]
    result = []
    for W in weights:
        new_rows = []
        for row in rows:
            new_row = []
            for unit in W:
                z = sum(w * v for w, v in zip(unit, row))
                new_row.append(math.tanh(z) if activation == "tanh" else max(z, 0.0))
            new_rows.append(new_row)
        rows = new_rows
        squares = [v * v for row in rows for v in row]
        result.append(math.sqrt(sum(squares) / len(squares)))
    return np.array(result)

# %% count-regions-answer
def count_regions(weights, biases, xs):
    """Return the number of runs of grid points sharing the same on/off pattern of the hidden units."""
    regions = 0
    previous = None
    for x in xs:
        values = [float(x)]
        pattern = []
        for W, b in zip(weights[:-1], biases[:-1]):
            sums = [sum(w * v for w, v in zip(unit, values)) + bias for unit, bias in zip(W, b)]
            pattern += [s > 0 for s in sums]
            values = [max(s, 0.0) for s in sums]
        if pattern != previous:
            regions += 1
            previous = pattern
    return regions

# %% relu-limit-answer
relu_uniform_limit = 0.245

# %% relu-why-answer
answer = "b"
