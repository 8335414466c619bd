"""Python loops over the entries and rows, with math.exp and the stable sigmoid by cases."""

# %% relu-answer
import math

import numpy as np


def relu(z):
    """Rectified linear unit, elementwise: max(0, z)."""
    flat = [max(0.0, float(value)) for value in np.ravel(z)]
    return np.array(flat).reshape(np.shape(z))


# %% relu-derivative-answer
import numpy as np


def relu_derivative(z):
    """Derivative of ReLU, elementwise."""
    flat = [1.0 if value > 0 else 0.0 for value in np.ravel(z)]
    return np.array(flat).reshape(np.shape(z))


# %% sigmoid-answer
import math

import numpy as np


def _one_sigmoid(value):
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    e = math.exp(value)
    return e / (1.0 + e)


def sigmoid(z):
    """Logistic sigmoid, elementwise."""
    flat = [_one_sigmoid(float(value)) for value in np.ravel(z)]
    return np.array(flat).reshape(np.shape(z))


# %% sigmoid-derivative-answer
import numpy as np


def sigmoid_derivative(z):
    """Derivative of the sigmoid, elementwise."""
    flat = []
    for value in np.ravel(z):
        s = _one_sigmoid(float(value))
        flat.append(s * (1.0 - s))
    return np.array(flat).reshape(np.shape(z))


# %% tanh-derivative-answer
import math

import numpy as np


def tanh_derivative(z):
    """Derivative of tanh, elementwise."""
    flat = [1.0 - math.tanh(float(value)) ** 2 for value in np.ravel(z)]
    return np.array(flat).reshape(np.shape(z))


# %% softmax-answer
import math

import numpy as np


def _softmax_row(row):
    largest = max(row)
    powers = [math.exp(value - largest) for value in row]
    total = sum(powers)
    return [p / total for p in powers]


def softmax(z):
    """Softmax along the last axis."""
    z = np.asarray(z, dtype=float)
    if z.ndim == 1:
        return np.array(_softmax_row(list(z)))
    return np.array([_softmax_row(list(row)) for row in z])


# %% forward-relu-batch-answer
import numpy as np


def forward_relu_batch(X, hidden_weights, output_weights):
    """Predictions of the network, one per row of X."""
    predictions = []
    for row in X:
        hidden = [max(0.0, float(np.sum(row * w_node))) for w_node in hidden_weights]
        if np.ndim(output_weights) == 1:
            predictions.append(sum(h * w for h, w in zip(hidden, output_weights)))
        else:
            predictions.append(
                [sum(h * w for h, w in zip(hidden, node)) for node in output_weights]
            )
    return np.array(predictions)
