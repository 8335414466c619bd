"""Standardises the test set with its own mean and standard deviation (leakage)."""

# %% standardise-answer
def standardise(train, test):
    """Return (train_scaled, test_scaled), both scaled with the training mean and std."""
    train = np.asarray(train, dtype=float)
    test = np.asarray(test, dtype=float)
    return (train - train.mean(axis=0)) / train.std(axis=0), (test - test.mean(axis=0)) / test.std(axis=0)
