"""Encodes Geography as labels 0, 1, 2 (OrdinalEncoder) instead of one column per country."""

# %% make-preprocessor-answer
from sklearn.preprocessing import OrdinalEncoder


def make_preprocessor():
    """Return an unfitted ColumnTransformer: one-hot CATEGORICAL, standardise NUMERIC."""
    return ColumnTransformer(
        [
            ("country", OrdinalEncoder(), ["Geography"]),
            ("gender", OneHotEncoder(handle_unknown="ignore"), ["Gender"]),
            ("scale", StandardScaler(), NUMERIC),
        ]
    )
