"""Draws the rows with replacement (rng.choice), so some rows come twice and others not at all."""

# %% minibatches-answer
def minibatches(n_rows, batch_size, rng):
    """Return one epoch's batches of row indices, in a random order drawn from rng."""
    order = rng.choice(n_rows, size=n_rows)
    return [order[start : start + batch_size] for start in range(0, n_rows, batch_size)]
