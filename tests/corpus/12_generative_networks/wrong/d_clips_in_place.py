"""Clips the caller's arrays in place (out=): the discriminator's outputs are changed."""

# %% discriminator-loss-answer
def discriminator_loss(d_real, d_fake, eps=1e-7):
    np.clip(d_real, eps, 1 - eps, out=d_real)
    np.clip(d_fake, eps, 1 - eps, out=d_fake)
    return -np.mean(np.log(d_real)) - np.mean(np.log(1 - d_fake))
