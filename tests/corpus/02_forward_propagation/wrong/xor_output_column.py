"""Writes the output weights as a column of shape (2, 1) instead of one row per output node."""

# %% xor-answer
import numpy as np

xor_layers = [
    (np.array([[1.0, 1.0], [1.0, 1.0]]), np.array([0.0, -1.0])),
    (np.array([[1.0], [-2.0]]), np.array([0.0])),
]
