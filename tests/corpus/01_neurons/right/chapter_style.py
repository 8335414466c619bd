"""Other valid weights for the gates, the chapter style of the neuron, and a longer training of the customers."""


# %% logic-gates-answer
and_weights = [0.5, 0.5]
and_bias = -0.75
or_weights = [1, 1]
or_bias = -0.4
nand_weights = [-0.5, -0.5]
nand_bias = 0.7


# %% xor-answer
xor_answer = "(b)"


# %% leaky-layer-answer
def leaky_layer(X, weights, biases, alpha):
    """A layer is many neurons: one column of the result per neuron."""

    def neuron(x, w, b):
        z = x @ w + b
        return np.where(z > 0, z, alpha * z)

    return np.column_stack([neuron(X, weights[j], biases[j]) for j in range(len(biases))])


# %% customer-neuron-answer
customer_weights, customer_bias = train_perceptron(X_customers, y_customers, 0.01, 1000)
