"""Subtracts the training mean but forgets to divide by the standard deviation."""

# %% standardise-answer
def standardise(train, test):
    """Return (train_scaled, test_scaled), both scaled with the training mean and std."""
    train = np.asarray(train, dtype=float)
    test = np.asarray(test, dtype=float)
    mean = train.mean(axis=0)
    return train - mean, test - mean
