"""Corrects by output minus label, pushing the weights the wrong way."""


# %% train-perceptron-answer
def train_perceptron(X, y, learning_rate, epochs):
    """Sign error in the correction."""
    weights, bias = np.zeros(X.shape[1]), 0.0
    for _ in range(epochs):
        for sample, label in zip(X, y):
            error = (1 if sample @ weights + bias > 0 else 0) - label
            weights = weights + learning_rate * error * sample
            bias = bias + learning_rate * error
    return weights, bias
