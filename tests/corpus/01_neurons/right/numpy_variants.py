"""Other numpy calls: np.maximum for leaky ReLU, einsum, np.prod, a closed form with math.floor, np.heaviside."""


# %% logic-gates-answer
and_weights = np.array([2.0, 2.0])
and_bias = -3
or_weights = np.array([2.0, 2.0])
or_bias = -1
nand_weights = np.array([-2.0, -2.0])
nand_bias = 3


# %% xor-answer
xor_answer = " B "


# %% leaky-layer-answer
def leaky_layer(X, weights, biases, alpha):
    """Leaky ReLU as the larger of z and alpha * z (alpha below 1)."""
    z = np.einsum("si,oi->so", X, weights) + biases
    return np.maximum(z, alpha * z)


# %% count-shapes-answer
def count_from_shapes(weight_shapes):
    """Products of the shapes plus the rows."""
    return int(sum(np.prod(shape) + shape[0] for shape in weight_shapes))


# %% widest-hidden-answer
import math


def widest_hidden_layer(n_in, n_out, budget):
    """Solve n_in*h + h + h*n_out + n_out <= budget for h."""
    return max(0, math.floor((budget - n_out) / (n_in + n_out + 1)))


# %% train-perceptron-answer
def train_perceptron(X, y, learning_rate, epochs):
    """Stops at the first pass without a mistake."""
    w = np.zeros(X.shape[1])
    b = 0.0
    for _ in range(epochs):
        mistakes = 0
        for x_i, y_i in zip(X, y):
            delta = learning_rate * (y_i - np.heaviside(x_i @ w + b, 0.0))
            if delta != 0:
                w += delta * x_i
                b += delta
                mistakes += 1
        if mistakes == 0:
            break
    return w, float(b)
