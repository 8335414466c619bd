"""Also gives the input layer biases, though it computes nothing."""


# %% count-shapes-answer
def count_from_shapes(weight_shapes):
    """Extra biases for the inputs."""
    if not weight_shapes:
        return 0
    return weight_shapes[0][1] + sum(rows * columns + rows for rows, columns in weight_shapes)
