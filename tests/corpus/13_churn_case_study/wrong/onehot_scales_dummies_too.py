"""Standardises every column after the one-hot encoding, the dummies included (as the documents do)."""

# %% make-preprocessor-answer
from sklearn.pipeline import make_pipeline


def make_preprocessor():
    """Return an unfitted ColumnTransformer: one-hot CATEGORICAL, standardise NUMERIC."""
    encode = ColumnTransformer(
        [("onehot", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CATEGORICAL)],
        remainder="passthrough",
    )
    return make_pipeline(encode, StandardScaler())
