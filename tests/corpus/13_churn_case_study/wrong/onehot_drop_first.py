"""Drops the first dummy of each category as in the chapter: 11 columns, and Italy looks like France."""

# %% make-preprocessor-answer
def make_preprocessor():
    """Return an unfitted ColumnTransformer: one-hot CATEGORICAL, standardise NUMERIC."""
    return ColumnTransformer(
        [
            ("onehot", OneHotEncoder(drop="first", handle_unknown="ignore"), CATEGORICAL),
            ("scale", StandardScaler(), NUMERIC),
        ]
    )
