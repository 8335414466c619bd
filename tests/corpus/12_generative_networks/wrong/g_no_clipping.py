"""Does not clip: D(G(z)) = 0 gives an infinite loss."""

# %% generator-loss-answer
def generator_loss(d_fake, eps=1e-7):
    return -np.mean(np.log(d_fake))
