"""Believes that biases make a network without activations non-linear."""

# %% linear-answer
linear_answer = "c"
