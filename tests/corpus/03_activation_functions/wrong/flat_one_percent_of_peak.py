"""Reads 1 % as 1 % of the sigmoid's largest slope (0.0025) instead of the slope 0.01."""

# %% flat-regions-answer
import numpy as np


z = np.linspace(0.0, 10.0, 100001)
s = 1.0 / (1.0 + np.exp(-z))
sigmoid_flat_from = float(z[np.argmax(s * (1 - s) < 0.01 * 0.25)])
tanh_flat_from = float(z[np.argmax(1 - np.tanh(z) ** 2 < 0.01)])
