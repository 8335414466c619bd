"""Takes Glorot's uniform bound sqrt(6 / (n_in + n_out)), made for tanh, for a ReLU network."""

# %% relu-limit-answer
relu_uniform_limit = np.sqrt(6 / (100 + 100))
