"""Uses the transpose of W_h: h_prev @ W_h instead of W_h @ h_prev."""

# %% rnn-cell-step-answer
import numpy as np


def rnn_cell_step(x_t, h_prev, W_x, W_h, b):
    """Return the new hidden state tanh(W_x x_t + W_h h_prev + b), for one input or a batch."""
    return np.tanh(x_t @ W_x.T + h_prev @ W_h + b)
