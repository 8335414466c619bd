"""The documents' scheme with inverted dropout's 1/q at training time."""

# %% documents-dropout-answer
import numpy as np


def documents_dropout(a, keep_prob, rng, training):
    if not training:
        return keep_prob * np.asarray(a, dtype=float)
    mask = rng.random(np.shape(a)) < keep_prob
    return np.where(mask, a / keep_prob, 0.0)
