"""A shared clipped-log helper, np.logaddexp for the softplus, and boolean means."""

# %% discriminator-loss-answer
def safe_log(p, eps):
    return np.log(np.minimum(np.maximum(p, eps), 1 - eps))


def discriminator_loss(d_real, d_fake, eps=1e-7):
    real_term = -safe_log(d_real, eps).mean()
    fake_term = -safe_log(1 - np.asarray(d_fake), eps).mean()
    return float(real_term + fake_term)

# %% generator-loss-answer
def generator_loss(d_fake, eps=1e-7):
    return float(-safe_log(d_fake, eps).mean())

# %% bce-logits-answer
def bce_from_logits(logits, labels):
    return float(np.mean(np.logaddexp(0.0, logits) - labels * logits))

# %% discriminator-accuracy-answer
def discriminator_accuracy(d_real, d_fake):
    hits = np.concatenate([np.ravel(d_real) > 0.5, np.ravel(d_fake) <= 0.5])
    return float(hits.mean())
