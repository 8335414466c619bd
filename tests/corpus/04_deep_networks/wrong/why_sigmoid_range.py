"""Believes Glorot's weights are too small only because they were designed for sigmoid outputs."""

# %% relu-why-answer
answer = "a"
