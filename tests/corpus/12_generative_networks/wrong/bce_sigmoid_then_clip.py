"""Goes through the sigmoid and clips: logits of +-1000 give 16.1 instead of 1000."""

# %% bce-logits-answer
def bce_from_logits(logits, labels):
    p = np.clip(1 / (1 + np.exp(-logits)), 1e-7, 1 - 1e-7)
    return -np.mean(labels * np.log(p) + (1 - labels) * np.log(1 - p))
