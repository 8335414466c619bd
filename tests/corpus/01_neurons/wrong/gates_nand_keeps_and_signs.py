"""Writes NAND with the signs of AND, forgetting that the "not" flips weights and bias."""


# %% logic-gates-answer
and_weights = [1.0, 1.0]
and_bias = -1.5
or_weights = [1.0, 1.0]
or_bias = -0.5
nand_weights = [1.0, 1.0]
nand_bias = -1.5
