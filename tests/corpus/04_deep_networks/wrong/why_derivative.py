"""Blames a derivative of at most 0.25, which is the sigmoid's, not ReLU's, and concerns gradients, not values."""

# %% relu-why-answer
answer = "c"
