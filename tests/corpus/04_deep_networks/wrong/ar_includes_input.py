"""Includes the input's RMS as the first entry, one entry too many."""

# %% activation-rms-answer
def activation_rms(x, weights, activation):
    """Return the root mean square of each layer's values after the activation, first layer first."""
    a = np.asarray(x, dtype=float)
    out = [np.sqrt(np.mean(a**2))]
    for W in weights:
        a = a @ W.T
        a = np.tanh(a) if activation == "tanh" else np.maximum(a, 0)
        out.append(np.sqrt(np.mean(a**2)))
    return np.array(out)
