"""He initialisation divided by the fan-out instead of the fan-in."""

# %% init-std-answer
def init_std(n_in, n_out, scheme):
    """Return the standard deviation of Glorot ("glorot") or He ("he") initial weights."""
    if scheme == "he":
        return float(np.sqrt(2 / n_out))
    return float(np.sqrt(2 / (n_in + n_out)))
