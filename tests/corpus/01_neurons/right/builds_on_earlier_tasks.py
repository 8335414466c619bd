"""Uses count_from_shapes inside widest_hidden_layer, and Task 1 style prediction inside the training loop."""


# %% widest-hidden-answer
def widest_hidden_layer(n_in, n_out, budget):
    """Search h from large to small with the counting function of Task 4."""
    for h in range(budget, 0, -1):
        if count_from_shapes([(h, n_in), (n_out, h)]) <= budget:
            return h
    return 0


# %% train-perceptron-answer
def train_perceptron(X, y, learning_rate, epochs):
    """Perceptron with a predict helper."""

    def predict(x, weights, bias):
        return int(x @ weights + bias > 0)

    weights, bias = np.zeros(X.shape[1]), 0.0
    for _ in range(epochs):
        for x, target in zip(X.copy(), y.copy()):
            error = target - predict(x, weights, bias)
            weights += learning_rate * error * x
            bias += learning_rate * error
    return weights, bias
