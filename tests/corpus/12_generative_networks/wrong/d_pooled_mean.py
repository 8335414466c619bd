"""Averages over all real and fake samples together: half the loss for equal batches."""

# %% discriminator-loss-answer
def discriminator_loss(d_real, d_fake, eps=1e-7):
    d_real = np.clip(np.ravel(d_real), eps, 1 - eps)
    d_fake = np.clip(np.ravel(d_fake), eps, 1 - eps)
    return -np.mean(np.concatenate([np.log(d_real), np.log(1 - d_fake)]))
