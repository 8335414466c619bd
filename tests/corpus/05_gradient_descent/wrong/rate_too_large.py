"""Takes a learning rate so large (100) that the steps overshoot and the cost rises."""

# %% learning-rate-answer
learning_rate = 100.0
w_trained, b_trained, history_trained = train(X_train, y_train, learning_rate, 25, 300, np.random.default_rng(0))
