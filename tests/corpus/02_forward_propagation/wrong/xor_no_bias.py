"""Leaves the hidden biases at zero, so both hidden nodes see x0 + x1 with their kink at 0 and the output cannot go back down at (1, 1)."""

# %% xor-answer
import numpy as np

xor_layers = [
    (np.array([[1.0, 1.0], [1.0, 1.0]]), np.array([0.0, 0.0])),
    (np.array([[1.0, -0.5]]), np.array([0.0])),
]
