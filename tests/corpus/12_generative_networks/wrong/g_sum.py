"""Sums instead of averaging over the fake batch."""

# %% generator-loss-answer
def generator_loss(d_fake, eps=1e-7):
    return -np.sum(np.log(np.clip(d_fake, eps, 1 - eps)))
