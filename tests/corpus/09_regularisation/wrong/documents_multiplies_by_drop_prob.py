"""Multiplies by the drop probability 1 - q at prediction time."""

# %% documents-dropout-answer
import numpy as np


def documents_dropout(a, keep_prob, rng, training):
    if not training:
        return (1 - keep_prob) * np.asarray(a, dtype=float)
    mask = rng.random(np.shape(a)) < keep_prob
    return np.where(mask, a, 0.0)
