"""Python loops and the math module, clipping with min and max."""

# %% discriminator-loss-answer
import math


def discriminator_loss(d_real, d_fake, eps=1e-7):
    real_total = 0.0
    reals = list(np.ravel(d_real))
    for p in reals:
        p = min(max(p, eps), 1 - eps)
        real_total += -math.log(p)
    fake_total = 0.0
    fakes = list(np.ravel(d_fake))
    for p in fakes:
        p = min(max(p, eps), 1 - eps)
        fake_total += -math.log(1 - p)
    return real_total / len(reals) + fake_total / len(fakes)

# %% generator-loss-answer
import math


def generator_loss(d_fake, eps=1e-7):
    values = [-math.log(min(max(p, eps), 1 - eps)) for p in np.ravel(d_fake)]
    return sum(values) / len(values)

# %% bce-logits-answer
import math


def bce_from_logits(logits, labels):
    total, count = 0.0, 0
    for z, y in zip(np.ravel(logits), np.ravel(labels)):
        total += max(z, 0.0) - y * z + math.log1p(math.exp(-abs(z)))
        count += 1
    return total / count

# %% discriminator-accuracy-answer
def discriminator_accuracy(d_real, d_fake):
    correct, total = 0, 0
    for p in np.ravel(d_real):
        correct += p > 0.5
        total += 1
    for p in np.ravel(d_fake):
        correct += p < 0.5
        total += 1
    return correct / total
