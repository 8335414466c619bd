"""Gives each matrix one bias per column (per input) instead of one per row (per receiving node)."""


# %% count-shapes-answer
def count_from_shapes(weight_shapes):
    """Biases counted per column."""
    return sum(rows * columns + columns for rows, columns in weight_shapes)
