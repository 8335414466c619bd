"""Fits the preprocessor on the training and test customers together: test statistics leak in."""

# %% preprocess-answer
def preprocess(train_df, test_df):
    """Fit make_preprocessor() on train_df only; return (X_train, X_test) as numpy arrays."""
    preprocessor = make_preprocessor()
    preprocessor.fit(pd.concat([train_df, test_df]))
    return np.asarray(preprocessor.transform(train_df)), np.asarray(preprocessor.transform(test_df))
