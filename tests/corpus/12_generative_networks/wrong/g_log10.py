"""Uses the base-10 logarithm."""

# %% generator-loss-answer
def generator_loss(d_fake, eps=1e-7):
    return -np.mean(np.log10(np.clip(d_fake, eps, 1 - eps)))
