"""Does not clip: probabilities of exactly 0 or 1 give an infinite loss."""

# %% discriminator-loss-answer
def discriminator_loss(d_real, d_fake, eps=1e-7):
    return -np.mean(np.log(d_real)) - np.mean(np.log(1 - d_fake))
