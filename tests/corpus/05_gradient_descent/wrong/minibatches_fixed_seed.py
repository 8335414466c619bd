"""Makes a new generator with a fixed seed inside, so every epoch visits the rows in the same order."""

# %% minibatches-answer
def minibatches(n_rows, batch_size, rng):
    """Return one epoch's batches of row indices, in a random order drawn from rng."""
    order = np.random.default_rng(0).permutation(n_rows)
    return [order[start : start + batch_size] for start in range(0, n_rows, batch_size)]
