"""Draws rng.random(a.size) and reshapes; Keras-style wait counter; list.index for the best epoch."""

# %% inverted-dropout-answer
import numpy as np


def inverted_dropout(a, keep_prob, rng):
    if not (0 < keep_prob <= 1):
        raise ValueError(f"bad keep_prob {keep_prob}")
    a = np.asarray(a)
    mask = (rng.random(a.size) < keep_prob).reshape(a.shape)
    scaled = a * (1 / keep_prob)
    return scaled * mask, mask

# %% documents-dropout-answer
import numpy as np


def documents_dropout(a, keep_prob, rng, training):
    a = np.array(a, dtype=float)
    if training:
        keep = rng.random(a.size).reshape(a.shape) < keep_prob
        a[~keep] = 0.0
        return a
    a *= keep_prob
    return a

# %% should-stop-answer
import numpy as np


def should_stop(val_losses, patience, min_delta=0.0):
    best = np.inf
    wait = 0
    stopped = False
    for loss in val_losses:
        wait += 1
        if loss + min_delta < best:
            best = loss
            wait = 0
            stopped = False
            continue
        stopped = wait >= patience
    return stopped

# %% best-epoch-answer
def best_epoch(val_losses):
    if len(val_losses) < 1:
        raise ValueError("no losses")
    losses = list(val_losses)
    return losses.index(min(losses))
