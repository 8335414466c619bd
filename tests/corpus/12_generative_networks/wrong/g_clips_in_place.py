"""Clips the caller's array in place."""

# %% generator-loss-answer
def generator_loss(d_fake, eps=1e-7):
    np.clip(d_fake, eps, 1 - eps, out=d_fake)
    return -np.mean(np.log(d_fake))
