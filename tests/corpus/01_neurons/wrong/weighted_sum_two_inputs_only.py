"""Writes out two inputs as in the chapter's network, so it ignores any further inputs."""


# %% weighted-sum-answer
def weighted_sum(inputs, weights, bias):
    """Return the weighted sum of one neuron."""
    return inputs[0] * weights[0] + inputs[1] * weights[1] + bias
