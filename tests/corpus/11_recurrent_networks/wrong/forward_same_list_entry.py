"""Appends the same buffer every step: all rows end up equal to the final state."""

# %% rnn-forward-answer
import numpy as np


def rnn_forward(xs, h0, W_x, W_h, b):
    """Return the hidden states h_1, ..., h_T of the cell reading xs, shape (T, n_hidden)."""
    h = np.array(h0, dtype=float)
    states = []
    for x_t in xs:
        h[:] = np.tanh(W_x @ x_t + W_h @ h + b)
        states.append(h)
    return np.array(states)
