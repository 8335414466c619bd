"""Uses the base-2 logarithm instead of the natural logarithm."""

# %% discriminator-loss-answer
def discriminator_loss(d_real, d_fake, eps=1e-7):
    d_real = np.clip(d_real, eps, 1 - eps)
    d_fake = np.clip(d_fake, eps, 1 - eps)
    return -np.mean(np.log2(d_real)) - np.mean(np.log2(1 - d_fake))
