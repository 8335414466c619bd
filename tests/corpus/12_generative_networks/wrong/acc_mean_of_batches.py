"""Averages the two batches' accuracies instead of counting all samples together."""

# %% discriminator-accuracy-answer
def discriminator_accuracy(d_real, d_fake):
    return (np.mean(np.asarray(d_real) > 0.5) + np.mean(np.asarray(d_fake) < 0.5)) / 2
