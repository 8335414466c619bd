"""Uses He's standard deviation sqrt(2 / n) as the uniform bound, forgetting that U(-a, a) has variance a**2 / 3."""

# %% relu-limit-answer
relu_uniform_limit = np.sqrt(2 / 100)
