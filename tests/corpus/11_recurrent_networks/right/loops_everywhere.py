"""Explicit loops over the batch, the hidden units and the time steps; a loop for the MAE too."""

# %% rnn-cell-step-answer
import math

import numpy as np


def rnn_cell_step(x_t, h_prev, W_x, W_h, b):
    """Return the new hidden state tanh(W_x x_t + W_h h_prev + b), for one input or a batch."""
    x_t, h_prev = np.asarray(x_t, dtype=float), np.asarray(h_prev, dtype=float)
    if x_t.ndim == 2:
        return np.array([rnn_cell_step(x_row, h_row, W_x, W_h, b) for x_row, h_row in zip(x_t, h_prev)])
    new_state = np.zeros(len(b))
    for j in range(len(b)):
        total = b[j]
        for k in range(len(x_t)):
            total += W_x[j, k] * x_t[k]
        for k in range(len(h_prev)):
            total += W_h[j, k] * h_prev[k]
        new_state[j] = math.tanh(total)
    return new_state


# %% rnn-forward-answer
def rnn_forward(xs, h0, W_x, W_h, b):
    """Return the hidden states h_1, ..., h_T of the cell reading xs, shape (T, n_hidden)."""
    T = len(xs)
    states = np.empty((T, len(h0)))
    previous = h0
    for t in range(T):
        states[t] = rnn_cell_step(xs[t], previous, W_x, W_h, b)
        previous = states[t]
    return states


# %% naive-forecast-answer
def naive_forecast(series):
    """Return the naive forecasts of series[1:], each the value one step before."""
    return np.array([series[i - 1] for i in range(1, len(series))])


# %% mae-answer
def mae(y_true, y_pred):
    """Return the mean absolute error between y_true and y_pred, one number."""
    total = 0.0
    for a, p in zip(y_true, y_pred):
        total += abs(a - p)
    return total / len(y_true)
