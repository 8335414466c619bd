"""Sums the losses instead of averaging them."""

# %% bce-logits-answer
def bce_from_logits(logits, labels):
    z = np.asarray(logits, dtype=float)
    return np.sum(np.maximum(z, 0) - labels * z + np.log1p(np.exp(-np.abs(z))))
