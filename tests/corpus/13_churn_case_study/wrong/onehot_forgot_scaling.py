"""One-hot encodes the categories but passes the numeric columns through unscaled."""

# %% make-preprocessor-answer
def make_preprocessor():
    """Return an unfitted ColumnTransformer: one-hot CATEGORICAL, standardise NUMERIC."""
    return ColumnTransformer(
        [("onehot", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL), ("keep", "passthrough", NUMERIC)]
    )
