"""Keeps the trained weights but sets the learned bias back to 0."""


# %% customer-neuron-answer
customer_weights, _ = train_perceptron(X_customers, y_customers, 1.0, 200)
customer_bias = 0.0
