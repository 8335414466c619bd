"""Counts only the real samples."""

# %% discriminator-accuracy-answer
def discriminator_accuracy(d_real, d_fake):
    return np.mean(np.asarray(d_real) > 0.5)
