"""Returns a column of shape (n_rows, 1) instead of a 1-D array."""

# %% predict-classes-answer
def predict_classes(model, X, threshold=0.5):
    """Return the predicted class (0 or 1) of each row of X, shape (n_rows,)."""
    return (model.predict(X, verbose=0) > threshold).astype(int)
