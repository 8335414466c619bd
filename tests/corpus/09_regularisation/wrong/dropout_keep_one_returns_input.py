"""With keep_prob 1 returns the input array itself instead of a copy."""

# %% inverted-dropout-answer
import numpy as np


def inverted_dropout(a, keep_prob, rng):
    if not 0 < keep_prob <= 1:
        raise ValueError("keep_prob must be in (0, 1]")
    if keep_prob == 1:
        return a, np.ones(a.shape, dtype=bool)
    mask = rng.random(a.shape) < keep_prob
    return a * mask / keep_prob, mask
