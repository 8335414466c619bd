"""The cross-entropy written with labels per sample and np.average; a piecewise softplus with np.where."""

# %% discriminator-loss-answer
def discriminator_loss(d_real, d_fake, eps=1e-7):
    def bce(p, y):
        p = np.clip(np.reshape(p, -1), eps, 1 - eps)
        return -np.average(y * np.log(p) + (1 - y) * np.log(1 - p))

    return bce(d_real, 1.0) + bce(d_fake, 0.0)

# %% generator-loss-answer
def generator_loss(d_fake, eps=1e-7):
    p = np.clip(np.reshape(d_fake, -1), eps, 1 - eps)
    y = np.ones_like(p)
    return -np.average(y * np.log(p) + (1 - y) * np.log(1 - p))

# %% bce-logits-answer
def bce_from_logits(logits, labels):
    z = np.array(logits, dtype=float)
    softplus = np.where(z > 0, z + np.log1p(np.exp(-z)), np.log1p(np.exp(z)))
    return np.mean(softplus - labels * z)

# %% discriminator-accuracy-answer
def discriminator_accuracy(d_real, d_fake):
    n_real, n_fake = np.size(d_real), np.size(d_fake)
    real_right = np.count_nonzero(np.reshape(d_real, -1) >= 0.5)
    fake_right = n_fake - np.count_nonzero(np.reshape(d_fake, -1) > 0.5)
    return (real_right + fake_right) / (n_real + n_fake)
