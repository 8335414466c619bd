"""Drops the short last batch, so some rows are never visited in an epoch."""

# %% minibatches-answer
def minibatches(n_rows, batch_size, rng):
    """Return one epoch's batches of row indices, in a random order drawn from rng."""
    order = rng.permutation(n_rows)
    return [order[start : start + batch_size] for start in range(0, n_rows - batch_size + 1, batch_size)]
