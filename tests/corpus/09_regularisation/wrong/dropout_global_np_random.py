"""Draws the mask from np.random instead of the rng it is given."""

# %% inverted-dropout-answer
import numpy as np


def inverted_dropout(a, keep_prob, rng):
    if not 0 < keep_prob <= 1:
        raise ValueError("keep_prob must be in (0, 1]")
    mask = np.random.random(a.shape) < keep_prob
    return a * mask / keep_prob, mask
