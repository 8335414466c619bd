"""Starts from a zero state instead of the given h0."""

# %% rnn-forward-answer
import numpy as np


def rnn_forward(xs, h0, W_x, W_h, b):
    """Return the hidden states h_1, ..., h_T of the cell reading xs, shape (T, n_hidden)."""
    states = []
    h = np.zeros_like(h0)
    for x_t in xs:
        h = rnn_cell_step(x_t, h, W_x, W_h, b)
        states.append(h)
    return np.array(states)
