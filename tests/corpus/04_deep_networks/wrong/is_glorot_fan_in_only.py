"""Glorot initialisation with variance 1 / n_in, leaving out the fan-out."""

# %% init-std-answer
import math


def init_std(n_in, n_out, scheme):
    """Return the standard deviation of Glorot ("glorot") or He ("he") initial weights."""
    if scheme == "glorot":
        return math.sqrt(1 / n_in)
    return math.sqrt(2 / n_in)
