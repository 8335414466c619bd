"""Scales the arrays in place, changing the caller's data."""

# %% standardise-answer
def standardise(train, test):
    """Return (train_scaled, test_scaled), both scaled with the training mean and std."""
    mean = train.mean(axis=0)
    std = train.std(axis=0)
    train -= mean
    train /= std
    test -= mean
    test /= std
    return train, test
