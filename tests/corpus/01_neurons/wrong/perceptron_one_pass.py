"""Makes a single pass over the data, ignoring epochs."""


# %% train-perceptron-answer
def train_perceptron(X, y, learning_rate, epochs):
    """One epoch only."""
    weights, bias = np.zeros(X.shape[1]), 0.0
    for sample, label in zip(X, y):
        error = label - (1 if sample @ weights + bias > 0 else 0)
        weights = weights + learning_rate * error * sample
        bias = bias + learning_rate * error
    return weights, bias
