"""Passes x0 + x1 straight through: right on three corners but 2 instead of 0 at (1, 1)."""

# %% xor-answer
import numpy as np

xor_layers = [
    (np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([0.0, 0.0])),
    (np.array([[1.0, 1.0]]), np.array([0.0])),
]
