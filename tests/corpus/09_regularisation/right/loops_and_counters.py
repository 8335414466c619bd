"""Loops over entries with explicit counters and a float mask."""

# %% inverted-dropout-answer
import numpy as np


def inverted_dropout(a, keep_prob, rng):
    if keep_prob <= 0 or keep_prob > 1:
        raise ValueError("keep_prob out of range")
    draws = rng.random(a.shape)
    mask = draws < keep_prob
    flat_a = np.asarray(a, dtype=float).ravel()
    flat_mask = mask.ravel()
    out = np.zeros(flat_a.size)
    for i in range(flat_a.size):
        if flat_mask[i]:
            out[i] = flat_a[i] * (1.0 / keep_prob)
    return out.reshape(a.shape), mask.astype(float)

# %% should-stop-answer
def should_stop(val_losses, patience, min_delta=0.0):
    if len(val_losses) == 0:
        return False
    last_improvement = 0
    reference = val_losses[0]
    for epoch in range(1, len(val_losses)):
        if reference - val_losses[epoch] > min_delta:
            reference = val_losses[epoch]
            last_improvement = epoch
    epochs_since = len(val_losses) - 1 - last_improvement
    if epochs_since == 0:
        return False
    return epochs_since >= patience

# %% best-epoch-answer
def best_epoch(val_losses):
    if not val_losses:
        raise ValueError("empty")
    return min(range(len(val_losses)), key=lambda i: (val_losses[i], i))
