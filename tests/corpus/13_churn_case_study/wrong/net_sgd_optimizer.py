"""Plain stochastic gradient descent instead of Adam."""


# %% build-classifier-answer
def build_churn_classifier(n_features):
    """Return the compiled 6-6-1 churn network for n_features inputs."""
    model = keras.Sequential(
        [
            keras.Input(shape=(n_features,)),
            keras.layers.Dense(6, activation="relu"),
            keras.layers.Dense(6, activation="relu"),
            keras.layers.Dense(1, activation="sigmoid"),
        ]
    )
    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])
    return model
