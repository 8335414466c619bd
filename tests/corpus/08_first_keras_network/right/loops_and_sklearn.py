"""Column loop for standardise, add() for the model, np.where for the classes."""

# %% standardise-answer
def standardise(train, test):
    """Return (train_scaled, test_scaled), both scaled with the training mean and std."""
    train = np.array(train, dtype=float)
    test = np.array(test, dtype=float)
    for j in range(train.shape[1]):
        mean = np.mean(train[:, j])
        std = np.std(train[:, j])
        test[:, j] = (test[:, j] - mean) / std
        train[:, j] = (train[:, j] - mean) / std
    return train, test

# %% build-pima-model-answer
from keras import layers


def build_pima_model(n_features):
    """Return the compiled 12-8-1 network for n_features inputs."""
    model = keras.Sequential()
    model.add(keras.Input(shape=(n_features,)))
    model.add(layers.Dense(units=12, activation=keras.activations.relu))
    model.add(layers.Dense(units=8, activation="relu"))
    model.add(layers.Dense(units=1, activation=keras.activations.sigmoid))
    model.compile(
        optimizer=keras.optimizers.Adam(0.003),
        loss=keras.losses.BinaryCrossentropy(),
        metrics=[keras.metrics.BinaryAccuracy()],
    )
    return model

# %% predict-classes-answer
def predict_classes(model, X, threshold=0.5):
    """Return the predicted class (0 or 1) of each row of X, shape (n_rows,)."""
    probabilities = np.asarray(model.predict(X, verbose=0)).reshape(-1)
    return np.where(probabilities > threshold, 1, 0)
