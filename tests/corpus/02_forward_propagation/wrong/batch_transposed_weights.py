"""Transposed weight matrix: X @ hidden_weights instead of X @ hidden_weights.T."""


# %% forward-batch-answer
def forward_batch(X, hidden_weights, output_weights):
    """Return the predictions of the network, one per row of X."""
    return (X @ hidden_weights) @ output_weights
