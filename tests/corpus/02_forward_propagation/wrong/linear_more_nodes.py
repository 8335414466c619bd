"""Believes that more hidden nodes let a network without activations compute XOR."""

# %% linear-answer
linear_answer = "a"
