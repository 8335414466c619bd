"""Returns the number of parameters as a float."""


# %% count-shapes-answer
def count_from_shapes(weight_shapes):
    """Parameter count as a float."""
    total = 0.0
    for rows, columns in weight_shapes:
        total += rows * columns + rows
    return total
