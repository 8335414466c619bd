"""Believes a sum and a mean need the same learning rate, and blames overfitting for a rising training cost."""

# %% explanations-answer
answer_overshoot = "c"
answer_sum_rate = "a"
