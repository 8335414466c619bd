"""preprocess fits a OneHotEncoder and a StandardScaler on the training rows by hand and stacks them."""

# %% preprocess-answer
def preprocess(train_df, test_df):
    """Fit make_preprocessor() on train_df only; return (X_train, X_test) as numpy arrays."""
    encoder = OneHotEncoder(handle_unknown="ignore", sparse_output=False)
    scaler = StandardScaler()
    encoder.fit(train_df[CATEGORICAL])
    scaler.fit(train_df[NUMERIC])
    arrays = []
    for frame in (train_df, test_df):
        arrays.append(np.hstack([encoder.transform(frame[CATEGORICAL]), scaler.transform(frame[NUMERIC])]))
    return tuple(arrays)
