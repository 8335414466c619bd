"""Functional API with separate Activation layers; loss, optimizer and metric as objects."""


# %% build-classifier-answer
def build_churn_classifier(n_features):
    """Return the compiled 6-6-1 churn network for n_features inputs."""
    inputs = keras.Input(shape=(n_features,))
    x = keras.layers.Dense(6)(inputs)
    x = keras.layers.Activation("relu")(x)
    x = keras.layers.Dense(units=6)(x)
    x = keras.layers.ReLU()(x)
    x = keras.layers.Dense(1)(x)
    outputs = keras.layers.Activation(keras.activations.sigmoid)(x)
    model = keras.Model(inputs, outputs)
    model.compile(
        optimizer=keras.optimizers.Adam(),
        loss=keras.losses.BinaryCrossentropy(),
        metrics=[keras.metrics.BinaryAccuracy()],
    )
    return model
