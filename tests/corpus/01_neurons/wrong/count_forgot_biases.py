"""Counts only the weights, forgetting the biases the list leaves out."""


# %% count-shapes-answer
def count_from_shapes(weight_shapes):
    """Weights only."""
    return sum(rows * columns for rows, columns in weight_shapes)
