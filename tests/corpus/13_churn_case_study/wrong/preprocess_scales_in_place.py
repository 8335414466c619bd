"""Right numbers, but scales the numeric columns inside the caller's DataFrames."""

# %% preprocess-answer
def preprocess(train_df, test_df):
    """Fit make_preprocessor() on train_df only; return (X_train, X_test) as numpy arrays."""
    scaler = StandardScaler()
    train_df[NUMERIC] = scaler.fit_transform(train_df[NUMERIC])
    test_df[NUMERIC] = scaler.transform(test_df[NUMERIC])
    encoder = OneHotEncoder(handle_unknown="ignore", sparse_output=False).fit(train_df[CATEGORICAL])
    X_train = np.hstack([encoder.transform(train_df[CATEGORICAL]), train_df[NUMERIC].to_numpy()])
    X_test = np.hstack([encoder.transform(test_df[CATEGORICAL]), test_df[NUMERIC].to_numpy()])
    return X_train, X_test
