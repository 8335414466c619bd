"""Divides the correct count by the size of the real batch only, not by all samples."""

# %% discriminator-accuracy-answer
def discriminator_accuracy(d_real, d_fake):
    correct = np.sum(np.ravel(d_real) > 0.5) + np.sum(np.ravel(d_fake) < 0.5)
    return correct / len(d_real)
