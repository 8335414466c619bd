"""Puts the second kink just below the corner (1, 1) with a steep slope: exact on the four corners, far off next to (1, 1)."""

# %% xor-answer
import numpy as np

xor_layers = [
    (np.array([[1.0, 1.0], [1.0, 1.0]]), np.array([0.0, -1.9])),
    (np.array([[1.0, -20.0]]), np.array([0.0])),
]
