"""Equivalent formulas: z * (z > 0), heaviside, sigmoid through tanh, 1 / cosh**2, log-sum-exp."""

# %% relu-answer
import numpy as np


def relu(z):
    """Rectified linear unit, elementwise: max(0, z)."""
    return z * (z > 0)


# %% relu-derivative-answer
import numpy as np


def relu_derivative(z):
    """Derivative of ReLU, elementwise."""
    return np.heaviside(z, 0.0)


# %% sigmoid-answer
import numpy as np


def sigmoid(z):
    """Logistic sigmoid, elementwise: 0.5 * (1 + tanh(z / 2)) never overflows."""
    return 0.5 * (1.0 + np.tanh(np.asarray(z) / 2.0))


# %% sigmoid-derivative-answer
import numpy as np


def sigmoid_derivative(z):
    """Derivative of the sigmoid: e^-|z| / (1 + e^-|z|)^2, symmetric in z."""
    e = np.exp(-np.abs(z))
    return e / (1.0 + e) ** 2


# %% tanh-derivative-answer
import numpy as np


def tanh_derivative(z):
    """Derivative of tanh: 1 / cosh(z)**2 (cosh overflows to inf for huge z, giving 0)."""
    with np.errstate(over="ignore"):
        return 1.0 / np.cosh(z) ** 2


# %% softmax-answer
import numpy as np


def softmax(z):
    """Softmax as exp(z - logsumexp(z)) along the last axis."""
    m = np.max(z, axis=-1, keepdims=True)
    log_total = m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
    return np.exp(z - log_total)


# %% forward-relu-batch-answer
import numpy as np


def forward_relu_batch(X, hidden_weights, output_weights):
    """Predictions of the network, one per row of X."""
    hidden = np.clip(np.einsum("rf,hf->rh", X, hidden_weights), 0, None)
    return np.dot(output_weights, hidden.T).T
