"""Other formulas: max(z, alpha z), a blend of slopes, logaddexp, logaddexp.reduce, the thresholds solved exactly."""

# %% leaky-relu-answer
import numpy as np


def leaky_relu(z, alpha=0.01):
    """Leaky ReLU: for 0 <= alpha <= 1 the larger of z and alpha * z."""
    return np.maximum(z, alpha * np.asarray(z, dtype=float))


# %% leaky-relu-derivative-answer
import numpy as np


def leaky_relu_derivative(z, alpha=0.01):
    """Derivative of leaky ReLU: alpha plus (1 - alpha) where z > 0."""
    return alpha + (1.0 - alpha) * (np.asarray(z) > 0)


# %% elu-answer
import numpy as np


def elu(z, alpha=1.0):
    """ELU as relu(z) + alpha * (e^min(z, 0) - 1): the second term is 0 for z > 0."""
    z = np.asarray(z, dtype=float)
    return np.maximum(z, 0.0) + alpha * np.expm1(np.minimum(z, 0.0))


# %% elu-derivative-answer
import numpy as np


def elu_derivative(z, alpha=1.0):
    """Derivative of ELU from masks."""
    z = np.asarray(z, dtype=float)
    return (z > 0) + alpha * np.exp(np.minimum(z, 0.0)) * (z <= 0)


# %% softplus-answer
import numpy as np


def softplus(z):
    """Softplus: log(e^0 + e^z)."""
    return np.logaddexp(0.0, z)


# %% log-softmax-answer
import numpy as np


def log_softmax(z):
    """Log-softmax: z minus the log-sum-exp of its row."""
    z = np.asarray(z, dtype=float)
    return z - np.logaddexp.reduce(z, axis=-1, keepdims=True)


# %% flat-regions-answer
import numpy as np


# sigma (1 - sigma) = 0.01 gives sigma = (1 + sqrt(1 - 0.04)) / 2; z is the logit of that.
s = (1 + np.sqrt(1 - 4 * 0.01)) / 2
sigmoid_flat_from = float(np.log(s / (1 - s)))
# 1 - tanh^2 = 0.01 gives tanh = sqrt(0.99).
tanh_flat_from = float(np.arctanh(np.sqrt(0.99)))


# %% vanishing-choice-answer
import numpy as np


answer = " b "
