"""Leaves the last layer without activation, as an output layer, though the stack has none."""

# %% activation-rms-answer
def activation_rms(x, weights, activation):
    """Return the root mean square of each layer's values after the activation, first layer first."""
    a = np.asarray(x, dtype=float)
    out = []
    for k, W in enumerate(weights):
        a = a @ W.T
        if k < len(weights) - 1:
            a = np.tanh(a) if activation == "tanh" else np.maximum(a, 0)
        out.append(np.sqrt(np.mean(a**2)))
    return np.array(out)
