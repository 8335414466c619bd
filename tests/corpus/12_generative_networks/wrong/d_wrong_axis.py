"""Averages over axis 0: a column of shape (n, 1) gives an array of shape (1,), not one number."""

# %% discriminator-loss-answer
def discriminator_loss(d_real, d_fake, eps=1e-7):
    d_real = np.clip(d_real, eps, 1 - eps)
    d_fake = np.clip(d_fake, eps, 1 - eps)
    return -np.mean(np.log(d_real), axis=0) - np.mean(np.log(1 - d_fake), axis=0)
