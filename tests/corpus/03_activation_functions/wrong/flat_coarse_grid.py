"""Reads the crossings off a grid too coarse to give two decimals (step 0.1)."""

# %% flat-regions-answer
import numpy as np


z = np.arange(0.0, 10.0, 0.1)
s = 1.0 / (1.0 + np.exp(-z))
sigmoid_flat_from = float(z[np.argmax(s * (1 - s) < 0.01)])
tanh_flat_from = float(z[np.argmax(1 - np.tanh(z) ** 2 < 0.01)])
