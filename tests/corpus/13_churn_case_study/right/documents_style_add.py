"""The documents' style: Sequential().add layer by layer, input_dim and kernel_initializer='uniform'."""


# %% build-classifier-answer
def build_churn_classifier(n_features):
    """Return the compiled 6-6-1 churn network for n_features inputs."""
    classifier = keras.Sequential()
    classifier.add(
        keras.layers.Dense(units=6, kernel_initializer="uniform", activation="relu", input_dim=n_features)
    )
    classifier.add(keras.layers.Dense(units=6, kernel_initializer="uniform", activation="relu"))
    classifier.add(keras.layers.Dense(units=1, kernel_initializer="uniform", activation="sigmoid"))
    classifier.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    return classifier
