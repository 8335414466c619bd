"""Fills float arrays through boolean masks; scipy's logsumexp and brentq; a threshold rounded to two decimals."""

# %% leaky-relu-answer
import numpy as np


def leaky_relu(z, alpha=0.01):
    """Leaky ReLU through a mask."""
    out = np.array(z, dtype=float)
    negative = out <= 0
    out[negative] = alpha * out[negative]
    return out


# %% leaky-relu-derivative-answer
import numpy as np


def leaky_relu_derivative(z, alpha=0.01):
    """Derivative of leaky ReLU through a mask."""
    out = np.ones(np.shape(z))
    out[np.asarray(z) <= 0] = alpha
    return out


# %% elu-answer
import numpy as np


def elu(z, alpha=1.0):
    """ELU through masks: e is only raised to the negative entries."""
    z = np.asarray(z, dtype=float)
    out = z.copy()
    negative = z <= 0
    out[negative] = alpha * (np.exp(z[negative]) - 1.0)
    return out


# %% elu-derivative-answer
import numpy as np


def elu_derivative(z, alpha=1.0):
    """Derivative of ELU through masks."""
    z = np.asarray(z, dtype=float)
    out = np.ones(z.shape)
    negative = z <= 0
    out[negative] = alpha * np.exp(z[negative])
    return out


# %% softplus-answer
import numpy as np


def softplus(z):
    """Softplus through masks: log1p(e^z) below 0, z + log1p(e^-z) above."""
    z = np.asarray(z, dtype=float)
    out = np.empty(z.shape)
    positive = z > 0
    out[positive] = z[positive] + np.log1p(np.exp(-z[positive]))
    out[~positive] = np.log1p(np.exp(z[~positive]))
    return out


# %% log-softmax-answer
import numpy as np


from scipy.special import logsumexp


def log_softmax(z):
    """Log-softmax with scipy's logsumexp along the last axis."""
    z = np.asarray(z, dtype=float)
    return z - logsumexp(z, axis=-1, keepdims=True)


# %% flat-regions-answer
import numpy as np


from scipy.optimize import brentq


def _sigmoid_slope(z):
    s = 1 / (1 + np.exp(-z))
    return s * (1 - s)


sigmoid_flat_from = round(brentq(lambda z: _sigmoid_slope(z) - 0.01, 0.0, 10.0), 2)
tanh_flat_from = round(brentq(lambda z: 1 - np.tanh(z) ** 2 - 0.01, 0.0, 10.0), 2)


# %% vanishing-choice-answer
import numpy as np


answer = "b"
