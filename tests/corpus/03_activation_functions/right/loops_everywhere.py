"""Loops over every entry with the math module, bisection for the thresholds, an upper-case letter."""

# %% leaky-relu-answer
import numpy as np


def leaky_relu(z, alpha=0.01):
    """Leaky ReLU, one entry at a time."""
    z = np.asarray(z)
    out = np.empty(z.shape)
    for index, value in np.ndenumerate(z):
        out[index] = value if value > 0 else alpha * value
    return out


# %% leaky-relu-derivative-answer
import numpy as np


def leaky_relu_derivative(z, alpha=0.01):
    """Derivative of leaky ReLU, one entry at a time."""
    z = np.asarray(z)
    out = np.empty(z.shape)
    for index, value in np.ndenumerate(z):
        out[index] = 1.0 if value > 0 else alpha
    return out


# %% elu-answer
import numpy as np


import math


def elu(z, alpha=1.0):
    """ELU, one entry at a time."""
    z = np.asarray(z)
    out = np.empty(z.shape)
    for index, value in np.ndenumerate(z):
        value = float(value)
        out[index] = value if value > 0 else alpha * math.expm1(value)
    return out


# %% elu-derivative-answer
import numpy as np


import math


def elu_derivative(z, alpha=1.0):
    """Derivative of ELU, one entry at a time."""
    z = np.asarray(z)
    out = np.empty(z.shape)
    for index, value in np.ndenumerate(z):
        value = float(value)
        out[index] = 1.0 if value > 0 else alpha * math.exp(value)
    return out


# %% softplus-answer
import numpy as np


import math


def softplus(z):
    """Softplus, one entry at a time."""
    z = np.asarray(z)
    out = np.empty(z.shape)
    for index, value in np.ndenumerate(z):
        value = float(value)
        out[index] = max(value, 0.0) + math.log1p(math.exp(-abs(value)))
    return out


# %% log-softmax-answer
import numpy as np


import math


def log_softmax(z):
    """Log-softmax, one row at a time."""
    z = np.asarray(z, dtype=float)
    rows = z.reshape(-1, z.shape[-1])
    out = np.empty(rows.shape)
    for i, row in enumerate(rows):
        m = max(row)
        total = sum(math.exp(v - m) for v in row)
        for j, v in enumerate(row):
            out[i, j] = v - m - math.log(total)
    return out.reshape(z.shape)


# %% flat-regions-answer
import numpy as np


import math


def _crossing(slope, low=0.0, high=20.0):
    # Bisection: the z where a falling slope crosses 0.01.
    for _ in range(100):
        middle = (low + high) / 2
        if slope(middle) > 0.01:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def _sigmoid_slope(z):
    s = 1 / (1 + math.exp(-z))
    return s * (1 - s)


sigmoid_flat_from = _crossing(_sigmoid_slope)
tanh_flat_from = _crossing(lambda z: 1 - math.tanh(z) ** 2)


# %% vanishing-choice-answer
import numpy as np


answer = "B"
