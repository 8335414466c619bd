"""tanh written with exponentials, the bias folded into one stacked weight matrix, np.average for MAE."""

# %% rnn-cell-step-answer
import numpy as np


def rnn_cell_step(x_t, h_prev, W_x, W_h, b):
    """Return the new hidden state tanh(W_x x_t + W_h h_prev + b), for one input or a batch."""
    W = np.hstack([W_x, W_h])  # (n_hidden, n_in + n_hidden)
    inputs = np.concatenate([x_t, h_prev], axis=-1)
    z = inputs @ W.T + b
    return (np.exp(2 * z) - 1) / (np.exp(2 * z) + 1)


# %% rnn-forward-answer
def rnn_forward(xs, h0, W_x, W_h, b):
    """Return the hidden states h_1, ..., h_T of the cell reading xs, shape (T, n_hidden)."""
    states = []
    for t in range(len(xs)):
        before = h0 if t == 0 else states[t - 1]
        states.append(rnn_cell_step(xs[t], before, W_x, W_h, b))
    return np.vstack(states)


# %% naive-forecast-answer
def naive_forecast(series):
    """Return the naive forecasts of series[1:], each the value one step before."""
    return np.asarray(series, dtype=float)[:-1]


# %% mae-answer
def mae(y_true, y_pred):
    """Return the mean absolute error between y_true and y_pred, one number."""
    return float(np.average(np.absolute(y_true - y_pred)))
