"""Measures the weighted sums before the activation instead of the layer's values after it."""

# %% activation-rms-answer
def activation_rms(x, weights, activation):
    """Return the root mean square of each layer's values after the activation, first layer first."""
    a = np.asarray(x, dtype=float)
    out = []
    for W in weights:
        z = a @ W.T
        out.append(np.sqrt(np.mean(z**2)))
        a = np.tanh(z) if activation == "tanh" else np.maximum(z, 0)
    return np.array(out)
