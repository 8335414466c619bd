"""Believes that stacking more layers without activations adds power."""

# %% linear-answer
linear_answer = "d"
