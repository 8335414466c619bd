"""One-hot encodes each frame with pd.get_dummies: a test set without Germany gets fewer columns."""

# %% preprocess-answer
def preprocess(train_df, test_df):
    """Fit make_preprocessor() on train_df only; return (X_train, X_test) as numpy arrays."""
    mean, std = train_df[NUMERIC].mean(), train_df[NUMERIC].std(ddof=0)
    out = []
    for frame in (train_df, test_df):
        dummies = pd.get_dummies(frame[CATEGORICAL], dtype=float)
        out.append(np.hstack([dummies.to_numpy(), ((frame[NUMERIC] - mean) / std).to_numpy()]))
    return out[0], out[1]
