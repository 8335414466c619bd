"""Copies the inputs first, then clips the copies in place; the accuracy from a predicted-label vector."""

# %% discriminator-loss-answer
def discriminator_loss(d_real, d_fake, eps=1e-7):
    real = np.array(d_real, dtype=float).ravel()
    fake = np.array(d_fake, dtype=float).ravel()
    np.clip(real, eps, 1 - eps, out=real)
    np.clip(fake, eps, 1 - eps, out=fake)
    return -(np.log(real).sum() / real.size) - (np.log1p(-fake).sum() / fake.size)

# %% generator-loss-answer
def generator_loss(d_fake, eps=1e-7):
    fake = np.array(d_fake, dtype=float).ravel()
    np.clip(fake, eps, 1 - eps, out=fake)
    return -np.log(fake).sum() / fake.size

# %% bce-logits-answer
def bce_from_logits(logits, labels):
    z = np.asarray(logits, dtype=float)
    y = np.asarray(labels, dtype=float)
    # -y log sigmoid(z) - (1 - y) log sigmoid(-z), with log sigmoid(z) = -softplus(-z)
    log_sig = -(np.maximum(-z, 0) + np.log1p(np.exp(-np.abs(z))))
    log_sig_neg = -(np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z))))
    return np.mean(-y * log_sig - (1 - y) * log_sig_neg)

# %% discriminator-accuracy-answer
def discriminator_accuracy(d_real, d_fake):
    probabilities = np.concatenate([np.ravel(d_real), np.ravel(d_fake)])
    labels = np.concatenate([np.ones(np.size(d_real)), np.zeros(np.size(d_fake))])
    predicted = (probabilities > 0.5).astype(float)
    return np.mean(predicted == labels)
