"""Keeps a popular default learning rate, 0.01, with which 25 steps get nowhere."""

# %% learning-rate-answer
learning_rate = 0.01
w_trained, b_trained, history_trained = train(X_train, y_train, learning_rate, 25, 300, np.random.default_rng(0))
