"""Named layers and a named BinaryCrossentropy loss; classes from a list comprehension."""

# %% build-pima-model-answer
def build_pima_model(n_features):
    """Return the compiled 12-8-1 network for n_features inputs."""
    hidden_1 = keras.layers.Dense(12, activation="relu", name="hidden_1")
    hidden_2 = keras.layers.Dense(8, activation="relu", name="hidden_2")
    output = keras.layers.Dense(1, activation="sigmoid", name="output")
    model = keras.Sequential([keras.Input((n_features,)), hidden_1, hidden_2, output], name="pima")
    adam = keras.optimizers.Adam(learning_rate=0.003)
    model.compile(optimizer=adam, loss=keras.losses.BinaryCrossentropy(), metrics=["accuracy"])
    return model

# %% predict-classes-answer
def predict_classes(model, X, threshold=0.5):
    """Return the predicted class (0 or 1) of each row of X, shape (n_rows,)."""
    probabilities = model.predict(X, verbose=0)
    return np.array([int(p[0] > threshold) for p in probabilities], dtype=int)
