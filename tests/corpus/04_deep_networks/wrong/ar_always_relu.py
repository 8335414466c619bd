"""Ignores the activation argument and always applies ReLU."""

# %% activation-rms-answer
def activation_rms(x, weights, activation):
    """Return the root mean square of each layer's values after the activation, first layer first."""
    a = np.asarray(x, dtype=float)
    out = []
    for W in weights:
        a = np.maximum(a @ W.T, 0)
        out.append(np.sqrt(np.mean(a**2)))
    return np.array(out)
