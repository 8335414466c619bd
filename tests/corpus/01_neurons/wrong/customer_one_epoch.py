"""Trains the customer neuron for a single epoch, before it has stopped making mistakes."""


# %% customer-neuron-answer
customer_weights, customer_bias = train_perceptron(X_customers, y_customers, 1.0, 1)
