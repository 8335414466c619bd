"""Uses the weights as a column, so it returns a one-element array instead of one number."""


# %% weighted-sum-answer
def weighted_sum(inputs, weights, bias):
    """Return the weighted sum of one neuron."""
    return inputs @ weights.reshape(-1, 1) + bias
