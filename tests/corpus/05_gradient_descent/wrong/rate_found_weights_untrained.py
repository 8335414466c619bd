"""Finds a good learning rate but hands in the starting weights instead of the trained ones."""

# %% learning-rate-answer
learning_rate = 10.0
w_trained, b_trained = np.zeros(2), 0.0
