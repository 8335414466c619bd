"""Loops over samples, neurons, inputs and layers instead of numpy operations."""


# %% leaky-layer-answer
def leaky_layer(X, weights, biases, alpha):
    """Leaky layer, one sample and one neuron at a time."""
    n_samples, n_in = X.shape
    n_out = len(biases)
    out = np.zeros((n_samples, n_out))
    for i in range(n_samples):
        for j in range(n_out):
            total = biases[j]
            for k in range(n_in):
                total += weights[j, k] * X[i, k]
            out[i, j] = total if total > 0 else alpha * total
    return out


# %% count-shapes-answer
def count_from_shapes(weight_shapes):
    """Count matrix by matrix."""
    count = 0
    for shape in weight_shapes:
        n_out, n_in = shape
        count = count + n_out * n_in
        count = count + n_out
    return count


# %% widest-hidden-answer
def widest_hidden_layer(n_in, n_out, budget):
    """Grow the hidden layer until the next node no longer fits."""
    h = 0
    while n_in * (h + 1) + (h + 1) + (h + 1) * n_out + n_out <= budget:
        h += 1
    return h


# %% train-perceptron-answer
def train_perceptron(X, y, learning_rate, epochs):
    """The perceptron rule with explicit loops over the features."""
    n_samples, n_features = X.shape
    weights = [0.0] * n_features
    bias = 0.0
    for epoch in range(epochs):
        for i in range(n_samples):
            z = bias
            for k in range(n_features):
                z += weights[k] * X[i, k]
            output = 1 if z > 0 else 0
            for k in range(n_features):
                weights[k] += learning_rate * (y[i] - output) * X[i, k]
            bias += learning_rate * (y[i] - output)
    return np.array(weights), bias
