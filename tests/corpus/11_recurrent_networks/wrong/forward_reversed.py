"""Reads the sequence backwards."""

# %% rnn-forward-answer
import numpy as np


def rnn_forward(xs, h0, W_x, W_h, b):
    """Return the hidden states h_1, ..., h_T of the cell reading xs, shape (T, n_hidden)."""
    states = []
    h = h0
    for x_t in xs[::-1]:
        h = rnn_cell_step(x_t, h, W_x, W_h, b)
        states.append(h)
    return np.array(states)
