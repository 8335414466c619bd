"""Off by one: starts the loop at the second input, so x_1 is never read."""

# %% rnn-forward-answer
import numpy as np


def rnn_forward(xs, h0, W_x, W_h, b):
    """Return the hidden states h_1, ..., h_T of the cell reading xs, shape (T, n_hidden)."""
    states = [h0]
    h = h0
    for t in range(1, len(xs)):
        h = rnn_cell_step(xs[t], h, W_x, W_h, b)
        states.append(h)
    return np.array(states)
