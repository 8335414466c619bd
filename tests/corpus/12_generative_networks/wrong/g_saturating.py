"""Uses the saturating minimax loss mean(log(1 - D(G(z)))) instead of -mean(log D(G(z)))."""

# %% generator-loss-answer
def generator_loss(d_fake, eps=1e-7):
    return np.mean(np.log(1 - np.clip(d_fake, eps, 1 - eps)))
