"""Derivative written as z * (1 - z) instead of sigmoid(z) * (1 - sigmoid(z))."""


# %% sigmoid-derivative-answer
def sigmoid_derivative(z):
    """Derivative of the sigmoid, elementwise."""
    return z * (1 - z)
