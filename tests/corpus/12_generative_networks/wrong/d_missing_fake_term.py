"""Forgets the fake batch: only the real samples' cross-entropy."""

# %% discriminator-loss-answer
def discriminator_loss(d_real, d_fake, eps=1e-7):
    return -np.mean(np.log(np.clip(d_real, eps, 1 - eps)))
