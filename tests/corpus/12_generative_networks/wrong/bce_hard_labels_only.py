"""Branches on label == 1: smoothed labels such as 0.9 are treated as 0."""

# %% bce-logits-answer
def bce_from_logits(logits, labels):
    z = np.asarray(logits, dtype=float)
    softplus = np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z)))
    return np.mean(np.where(labels == 1, softplus - z, softplus))
