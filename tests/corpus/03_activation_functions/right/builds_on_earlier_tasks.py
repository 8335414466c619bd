"""Derivatives from the earlier answers (elu_derivative = elu + alpha below 0), softplus from logaddexp, a tanh threshold from the sigmoid's."""

# %% leaky-relu-answer
import numpy as np


def leaky_relu(z, alpha=0.01):
    """Leaky ReLU: relu(z) minus alpha * relu(-z)."""
    z = np.asarray(z, dtype=float)
    return np.maximum(z, 0.0) - alpha * np.maximum(-z, 0.0)


# %% leaky-relu-derivative-answer
import numpy as np


def leaky_relu_derivative(z, alpha=0.01):
    """Derivative of leaky ReLU with np.select."""
    z = np.asarray(z, dtype=float)
    return np.select([z > 0], [1.0], default=float(alpha))


# %% elu-answer
import numpy as np


def elu(z, alpha=1.0):
    """ELU with np.clip keeping the powers of e at most 0."""
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, alpha * (np.exp(np.clip(z, None, 0.0)) - 1.0))


# %% elu-derivative-answer
import numpy as np


def elu_derivative(z, alpha=1.0):
    """Derivative of ELU: elu(z) + alpha below 0, 1 above."""
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, 1.0, elu(z, alpha) + alpha)


# %% softplus-answer
import numpy as np


def softplus(z):
    """Softplus by halves: |z| / 2 + z / 2 + log1p(e^-|z|)."""
    z = np.asarray(z, dtype=float)
    return (z + np.abs(z)) / 2 + np.log1p(np.exp(-np.abs(z)))


# %% log-softmax-answer
import numpy as np


def log_softmax(z):
    """Log-softmax in the transposed batch (classes first)."""
    z = np.asarray(z, dtype=float).T
    shifted = z - z.max(axis=0)
    return (shifted - np.log(np.exp(shifted).sum(axis=0))).T


# %% flat-regions-answer
import numpy as np


# tanh(z) = 2 sigmoid(2z) - 1, so tanh'(z) = 4 sigmoid'(2z): solve sigmoid'(u) = 0.0025 at u = 2z.
z = np.linspace(0.0, 20.0, 2_000_001)
s = 1 / (1 + np.exp(-z))
slope = s * (1 - s)
sigmoid_flat_from = float(z[np.argmax(slope < 0.01)])
tanh_flat_from = float(z[np.argmax(slope < 0.0025)] / 2)


# %% vanishing-choice-answer
import numpy as np


answer = "(b)"
