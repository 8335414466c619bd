"""Returns (mask, output) instead of (output, mask)."""

# %% inverted-dropout-answer
def inverted_dropout(a, keep_prob, rng):
    if not 0 < keep_prob <= 1:
        raise ValueError("keep_prob must be in (0, 1]")
    mask = rng.random(a.shape) < keep_prob
    return mask, a * mask / keep_prob
