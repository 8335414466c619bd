"""Guesses the customer weights by hand, and forgets that a line away from the origin needs a negative bias."""


# %% customer-neuron-answer
customer_weights = [1.0, 1.0]
customer_bias = 0.0
