"""Two output nodes with softmax and the sparse categorical cross-entropy instead of one sigmoid node."""


# %% build-classifier-answer
def build_churn_classifier(n_features):
    """Return the compiled 6-6-1 churn network for n_features inputs."""
    model = keras.Sequential(
        [
            keras.Input(shape=(n_features,)),
            keras.layers.Dense(6, activation="relu"),
            keras.layers.Dense(6, activation="relu"),
            keras.layers.Dense(2, activation="softmax"),
        ]
    )
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
