"""Sigmoid backward treats the input x as if it were the output: x * (1 - x)."""


# %% sigmoid-backward-answer
def sigmoid_backward(x, upstream):
    """Return dx for the node out = sigmoid(x), given the input x and upstream = dL/dout."""
    return upstream * x * (1 - x)
