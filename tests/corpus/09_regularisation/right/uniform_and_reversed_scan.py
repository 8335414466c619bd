"""rng.uniform for the draws; should_stop scans with a while loop."""

# %% inverted-dropout-answer
import numpy as np


def inverted_dropout(a, keep_prob, rng):
    if not 0 < keep_prob <= 1:
        raise ValueError("keep_prob")
    mask = rng.uniform(size=np.shape(a)) < keep_prob
    return np.divide(np.multiply(a, mask), keep_prob, dtype=float), mask

# %% should-stop-answer
def should_stop(val_losses, patience, min_delta=0.0):
    i = 0
    reference_index = 0
    n = len(val_losses)
    while i < n:
        if val_losses[i] < val_losses[reference_index] - min_delta:
            reference_index = i
        i += 1
    wait = n - 1 - reference_index
    return n > 0 and wait >= max(patience, 1)
