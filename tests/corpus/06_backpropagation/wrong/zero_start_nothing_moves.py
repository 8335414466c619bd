"""Believes every gradient is zero, although the biases and w3 still get gradients."""

# %% zero-start-answer
zero_start_answer = "a"
