"""Copies a and rescales in that copy: an integer input truncates the scaled values."""

# %% inverted-dropout-answer
def inverted_dropout(a, keep_prob, rng):
    if not 0 < keep_prob <= 1:
        raise ValueError("keep_prob must be in (0, 1]")
    mask = rng.random(a.shape) < keep_prob
    output = a.copy()
    output[~mask] = 0
    output[mask] = output[mask] / keep_prob
    return output, mask
