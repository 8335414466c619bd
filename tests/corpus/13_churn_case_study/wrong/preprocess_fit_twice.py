"""Calls fit_transform on the test set too, so the test rows are scaled with their own statistics."""

# %% preprocess-answer
def preprocess(train_df, test_df):
    """Fit make_preprocessor() on train_df only; return (X_train, X_test) as numpy arrays."""
    preprocessor = make_preprocessor()
    X_train = preprocessor.fit_transform(train_df)
    X_test = preprocessor.fit_transform(test_df)
    return np.asarray(X_train), np.asarray(X_test)
