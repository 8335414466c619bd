"""Returns the same preprocessor object on every call, so fitting it again overwrites earlier fits."""

# %% make-preprocessor-answer
PREPROCESSOR = ColumnTransformer(
    [
        ("onehot", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
        ("scale", StandardScaler(), NUMERIC),
    ]
)


def make_preprocessor():
    """Return an unfitted ColumnTransformer: one-hot CATEGORICAL, standardise NUMERIC."""
    return PREPROCESSOR
