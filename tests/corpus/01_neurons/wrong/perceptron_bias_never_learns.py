"""Never corrects the bias, so the dividing line must pass through the origin."""


# %% train-perceptron-answer
def train_perceptron(X, y, learning_rate, epochs):
    """The bias stays 0."""
    weights, bias = np.zeros(X.shape[1]), 0.0
    for _ in range(epochs):
        for sample, label in zip(X, y):
            error = label - (1 if sample @ weights + bias > 0 else 0)
            weights = weights + learning_rate * error * sample
    return weights, bias
