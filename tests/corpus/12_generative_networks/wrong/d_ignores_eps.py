"""Clips with a hard-coded 1e-7 instead of the eps argument."""

# %% discriminator-loss-answer
def discriminator_loss(d_real, d_fake, eps=1e-7):
    d_real = np.clip(d_real, 1e-7, 1 - 1e-7)
    d_fake = np.clip(d_fake, 1e-7, 1 - 1e-7)
    return -np.mean(np.log(d_real)) - np.mean(np.log(1 - d_fake))
