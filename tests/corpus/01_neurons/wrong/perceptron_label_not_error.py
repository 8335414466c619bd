"""Corrects by the label instead of the error, so it also moves when it is right and never moves away from a 0."""


# %% train-perceptron-answer
def train_perceptron(X, y, learning_rate, epochs):
    """Uses y instead of y - output."""
    weights, bias = np.zeros(X.shape[1]), 0.0
    for _ in range(epochs):
        for sample, label in zip(X, y):
            weights = weights + learning_rate * label * sample
            bias = bias + learning_rate * label
    return weights, bias
