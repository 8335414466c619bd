"""Cuts the rows in their given order, without shuffling."""

# %% minibatches-answer
def minibatches(n_rows, batch_size, rng):
    """Return one epoch's batches of row indices, in a random order drawn from rng."""
    order = np.arange(n_rows)
    return [order[start : start + batch_size] for start in range(0, n_rows, batch_size)]
