"""Compiles without metrics."""

# %% build-pima-model-answer
def build_pima_model(n_features):
    """Return the compiled 12-8-1 network for n_features inputs."""
    model = keras.Sequential(
        [
            keras.Input(shape=(n_features,)),
            keras.layers.Dense(12, activation="relu"),
            keras.layers.Dense(8, activation="relu"),
            keras.layers.Dense(1, activation="sigmoid"),
        ]
    )
    model.compile(loss="binary_crossentropy", optimizer=keras.optimizers.Adam(learning_rate=0.003))
    return model
