"""Measures each layer by the standard deviation of its values instead of their root mean square."""

# %% activation-rms-answer
def activation_rms(x, weights, activation):
    """Return the root mean square of each layer's values after the activation, first layer first."""
    a = np.asarray(x, dtype=float)
    out = []
    for W in weights:
        a = a @ W.T
        a = np.tanh(a) if activation == "tanh" else np.maximum(a, 0)
        out.append(a.std())
    return np.array(out)
