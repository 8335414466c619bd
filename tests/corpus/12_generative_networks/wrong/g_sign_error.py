"""Forgets the minus sign: returns mean(log D(G(z))), a negative number."""

# %% generator-loss-answer
def generator_loss(d_fake, eps=1e-7):
    return np.mean(np.log(np.clip(d_fake, eps, 1 - eps)))
