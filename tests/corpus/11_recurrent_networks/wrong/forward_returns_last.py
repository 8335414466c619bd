"""Returns only the final state instead of all of them."""

# %% rnn-forward-answer
def rnn_forward(xs, h0, W_x, W_h, b):
    """Return the hidden states h_1, ..., h_T of the cell reading xs, shape (T, n_hidden)."""
    h = h0
    for x_t in xs:
        h = rnn_cell_step(x_t, h, W_x, W_h, b)
    return h
