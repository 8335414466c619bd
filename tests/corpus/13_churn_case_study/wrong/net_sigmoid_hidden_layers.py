"""Sigmoid instead of ReLU in the hidden layers."""


# %% build-classifier-answer
def build_churn_classifier(n_features):
    """Return the compiled 6-6-1 churn network for n_features inputs."""
    model = keras.Sequential(
        [
            keras.Input(shape=(n_features,)),
            keras.layers.Dense(6, activation="sigmoid"),
            keras.layers.Dense(6, activation="sigmoid"),
            keras.layers.Dense(1, activation="sigmoid"),
        ]
    )
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    return model
