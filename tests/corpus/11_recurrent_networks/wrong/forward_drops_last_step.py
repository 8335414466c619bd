"""Off by one: the loop stops before the last input and returns T - 1 states."""

# %% rnn-forward-answer
import numpy as np


def rnn_forward(xs, h0, W_x, W_h, b):
    """Return the hidden states h_1, ..., h_T of the cell reading xs, shape (T, n_hidden)."""
    states = []
    h = h0
    for t in range(len(xs) - 1):
        h = rnn_cell_step(xs[t], h, W_x, W_h, b)
        states.append(h)
    return np.array(states)
