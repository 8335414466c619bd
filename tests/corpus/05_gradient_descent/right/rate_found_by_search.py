"""Finds the learning rate by a search over a grid of rates, keeping the one with the lowest cost after 25 epochs."""

# %% learning-rate-answer
results = {}
for rate in [0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100]:
    results[rate] = train(X_train, y_train, rate, 25, 300, np.random.default_rng(0))
learning_rate = min(results, key=lambda rate: results[rate][2][-1])
w_trained, b_trained = results[learning_rate][0], results[learning_rate][1]
print(learning_rate, results[learning_rate][2][-1])


# %% explanations-answer
answer_overshoot = "b"
answer_sum_rate = "b"
