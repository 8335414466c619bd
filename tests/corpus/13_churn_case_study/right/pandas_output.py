"""The preprocessor returns DataFrames (set_output), preprocess converts them with to_numpy."""

# %% make-preprocessor-answer
def make_preprocessor():
    """Return an unfitted ColumnTransformer: one-hot CATEGORICAL, standardise NUMERIC."""
    transformer = ColumnTransformer(
        transformers=[
            ("geo_gender", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CATEGORICAL),
            ("numbers", StandardScaler(), NUMERIC),
        ],
        verbose_feature_names_out=False,
    )
    return transformer.set_output(transform="pandas")


# %% preprocess-answer
def preprocess(train_df, test_df):
    """Fit make_preprocessor() on train_df only; return (X_train, X_test) as numpy arrays."""
    preprocessor = make_preprocessor()
    train_out = preprocessor.fit_transform(train_df.copy())
    test_out = preprocessor.transform(test_df.copy())
    return train_out.to_numpy(dtype=float), test_out.to_numpy(dtype=float)
