"""Works with DataFrames throughout (std with ddof=0) and returns them; model called directly."""

# %% standardise-answer
def standardise(train, test):
    """Return (train_scaled, test_scaled), both scaled with the training mean and std."""
    train = pd.DataFrame(train).astype(float)
    test = pd.DataFrame(test).astype(float)
    mean = train.mean()
    std = train.std(ddof=0)
    return (train - mean) / std, (test - mean) / std

# %% predict-classes-answer
def predict_classes(model, X, threshold=0.5):
    """Return the predicted class (0 or 1) of each row of X, shape (n_rows,)."""
    probabilities = np.asarray(model(X)).ravel()
    return (probabilities > threshold).astype(np.int64)
