"""Puts the threshold z = 0 exactly on input points, so inputs off by 0.1 flip the answer."""


# %% logic-gates-answer
and_weights = [1.0, 1.0]
and_bias = -1.0
or_weights = [1.0, 1.0]
or_bias = 0.0
nand_weights = [-1.0, -1.0]
nand_bias = 2.0
