"""Drops values but forgets to divide the kept ones by keep_prob."""

# %% inverted-dropout-answer
def inverted_dropout(a, keep_prob, rng):
    if not 0 < keep_prob <= 1:
        raise ValueError("keep_prob must be in (0, 1]")
    mask = rng.random(a.shape) < keep_prob
    return a * mask, mask
