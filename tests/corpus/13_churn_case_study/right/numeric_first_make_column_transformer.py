"""make_column_transformer with the numeric columns first, dense output; fit and transform separately."""

# %% make-preprocessor-answer
from sklearn.compose import make_column_transformer


def make_preprocessor():
    """Return an unfitted ColumnTransformer: one-hot CATEGORICAL, standardise NUMERIC."""
    return make_column_transformer(
        (StandardScaler(), NUMERIC),
        (OneHotEncoder(handle_unknown="ignore", sparse_output=False), CATEGORICAL),
        remainder="drop",
    )


# %% preprocess-answer
def preprocess(train_df, test_df):
    """Fit make_preprocessor() on train_df only; return (X_train, X_test) as numpy arrays."""
    fitted = make_preprocessor().fit(train_df)
    return fitted.transform(train_df).astype(float), fitted.transform(test_df).astype(float)
