"""Clips only from below (max with eps): log(1 - 1) is still minus infinity."""

# %% discriminator-loss-answer
def discriminator_loss(d_real, d_fake, eps=1e-7):
    d_real = np.maximum(d_real, eps)
    d_fake = np.maximum(d_fake, eps)
    return -np.mean(np.log(d_real)) - np.mean(np.log(1 - d_fake))
