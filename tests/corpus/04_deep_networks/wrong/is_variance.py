"""Returns the variance of the initial weights instead of their standard deviation."""

# %% init-std-answer
def init_std(n_in, n_out, scheme):
    """Return the standard deviation of Glorot ("glorot") or He ("he") initial weights."""
    if scheme == "he":
        return 2 / n_in
    return 2 / (n_in + n_out)
