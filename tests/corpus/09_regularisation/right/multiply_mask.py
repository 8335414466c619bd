"""Multiplies by the mask and divides, astype for the float copy."""

# %% inverted-dropout-answer
def inverted_dropout(a, keep_prob, rng):
    if keep_prob <= 0 or keep_prob > 1:
        raise ValueError("keep_prob must be a probability above 0")
    mask = rng.random(a.shape) < keep_prob
    output = a.astype(float) * mask
    output /= keep_prob
    return output, mask

# %% documents-dropout-answer
def documents_dropout(a, keep_prob, rng, training):
    if training:
        return a * (rng.random(a.shape) < keep_prob) * 1.0
    return a * float(keep_prob)
