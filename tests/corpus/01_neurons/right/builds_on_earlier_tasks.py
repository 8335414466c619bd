"""Each task calls the previous one; the layer returns a list of neuron outputs."""


# %% weighted-sum-answer
def weighted_sum(inputs, weights, bias):
    """Return the weighted sum of one neuron."""
    return inputs @ weights + bias


# %% neuron-output-answer
def neuron_output(inputs, weights, bias, activation):
    """Return the output of one neuron."""
    return activation(weighted_sum(inputs, weights, bias))


# %% dense-layer-answer
def dense_layer(x, weights, biases, activation):
    """Return the outputs of a dense layer."""
    return [neuron_output(x, w, b, activation) for w, b in zip(weights, biases, strict=False)]


# %% count-parameters-answer
def count_parameters(layer_sizes):
    """Return the number of parameters."""
    n_weights = sum(a * b for a, b in zip(layer_sizes, layer_sizes[1:], strict=False))
    n_biases = sum(layer_sizes[1:])
    return n_weights + n_biases
