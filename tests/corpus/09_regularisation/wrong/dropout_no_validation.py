"""Never checks keep_prob: keep_prob 0 divides by zero instead of raising ValueError."""

# %% inverted-dropout-answer
import numpy as np


def inverted_dropout(a, keep_prob, rng):
    mask = rng.random(a.shape) < keep_prob
    with np.errstate(divide="ignore", invalid="ignore"):
        return a * mask / keep_prob, mask
