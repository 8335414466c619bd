"""scikit-learn's StandardScaler fitted on the training set; loss as a function, metric 'acc'."""

# %% standardise-answer
from sklearn.preprocessing import StandardScaler


def standardise(train, test):
    """Return (train_scaled, test_scaled), both scaled with the training mean and std."""
    scaler = StandardScaler().fit(train)
    return scaler.transform(train), scaler.transform(test)

# %% build-pima-model-answer
def build_pima_model(n_features):
    """Return the compiled 12-8-1 network for n_features inputs."""
    inputs = keras.Input(shape=(n_features,))
    model = keras.Sequential([inputs, keras.layers.Dense(12, "relu"), keras.layers.Dense(8, "relu"), keras.layers.Dense(1, "sigmoid")])
    model.compile(keras.optimizers.Adam(learning_rate=3e-3), keras.losses.binary_crossentropy, metrics=["acc"])
    return model
