"""Averages the RMS of each row instead of taking the RMS over the whole batch."""

# %% activation-rms-answer
def activation_rms(x, weights, activation):
    """Return the root mean square of each layer's values after the activation, first layer first."""
    a = np.asarray(x, dtype=float)
    out = []
    for W in weights:
        a = a @ W.T
        a = np.tanh(a) if activation == "tanh" else np.maximum(a, 0)
        out.append(np.mean(np.sqrt(np.mean(a**2, axis=1))))
    return np.array(out)
