"""Squashes with the sigmoid instead of tanh."""

# %% rnn-cell-step-answer
import numpy as np


def rnn_cell_step(x_t, h_prev, W_x, W_h, b):
    """Return the new hidden state tanh(W_x x_t + W_h h_prev + b), for one input or a batch."""
    z = x_t @ W_x.T + h_prev @ W_h.T + b
    return 1 / (1 + np.exp(-z))
