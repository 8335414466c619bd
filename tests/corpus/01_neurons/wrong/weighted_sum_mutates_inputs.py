"""Multiplies the inputs array in place, changing the caller's data."""


# %% weighted-sum-answer
def weighted_sum(inputs, weights, bias):
    """Return the weighted sum of one neuron."""
    inputs *= weights
    return inputs.sum() + bias
