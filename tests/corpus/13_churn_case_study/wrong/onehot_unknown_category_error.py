"""Forgets handle_unknown="ignore": a customer from a new country stops transform with an error."""

# %% make-preprocessor-answer
def make_preprocessor():
    """Return an unfitted ColumnTransformer: one-hot CATEGORICAL, standardise NUMERIC."""
    return ColumnTransformer(
        [("onehot", OneHotEncoder(), CATEGORICAL), ("scale", StandardScaler(), NUMERIC)]
    )
