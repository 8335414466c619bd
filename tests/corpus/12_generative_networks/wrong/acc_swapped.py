"""Counts a real sample as correct below 0.5 and a fake one above 0.5."""

# %% discriminator-accuracy-answer
def discriminator_accuracy(d_real, d_fake):
    correct = np.sum(np.asarray(d_real) < 0.5) + np.sum(np.asarray(d_fake) > 0.5)
    return correct / (np.size(d_real) + np.size(d_fake))
