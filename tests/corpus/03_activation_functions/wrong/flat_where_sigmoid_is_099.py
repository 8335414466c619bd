"""Finds where the sigmoid itself reaches 0.99 (and tanh 0.99), not where the slope falls to 0.01."""

# %% flat-regions-answer
import numpy as np


sigmoid_flat_from = float(np.log(0.99 / 0.01))
tanh_flat_from = float(np.arctanh(0.99))
