"""Shuffles with np.random instead of the generator passed in, so a seed does not fix the batches."""

# %% minibatches-answer
def minibatches(n_rows, batch_size, rng):
    """Return one epoch's batches of row indices, in a random order drawn from rng."""
    order = np.random.permutation(n_rows)
    return [order[start : start + batch_size] for start in range(0, n_rows, batch_size)]
