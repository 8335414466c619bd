"""Returns a unchanged at prediction time, as inverted dropout would."""

# %% documents-dropout-answer
import numpy as np


def documents_dropout(a, keep_prob, rng, training):
    if not training:
        return np.array(a, dtype=float)
    mask = rng.random(np.shape(a)) < keep_prob
    return np.where(mask, a, 0.0)
