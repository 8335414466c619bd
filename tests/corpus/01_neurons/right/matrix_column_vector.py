"""The batch as columns (weights @ X.T), and the bias as an extra weight on a column of ones."""


# %% leaky-layer-answer
def leaky_layer(X, weights, biases, alpha):
    """Neurons along the rows, samples along the columns, transposed at the end."""
    z = weights @ X.T + biases.reshape(-1, 1)
    a = z.copy()
    a[z <= 0] = alpha * z[z <= 0]
    return a.T


# %% train-perceptron-answer
def train_perceptron(X, y, learning_rate, epochs):
    """The bias is the weight of an input that is always 1."""
    ones = np.hstack([X, np.ones((len(X), 1))])
    theta = np.zeros(ones.shape[1])
    for _ in range(epochs):
        for row, target in zip(ones, y):
            prediction = int(row @ theta > 0)
            theta += learning_rate * (target - prediction) * row
    return theta[:-1], theta[-1]
