"""Swaps the labels: real samples treated as label 0 and fake ones as label 1."""

# %% discriminator-loss-answer
def discriminator_loss(d_real, d_fake, eps=1e-7):
    d_real = np.clip(d_real, eps, 1 - eps)
    d_fake = np.clip(d_fake, eps, 1 - eps)
    return -np.mean(np.log(1 - d_real)) - np.mean(np.log(d_fake))
