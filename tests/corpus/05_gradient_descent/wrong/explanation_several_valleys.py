"""Believes the cross-entropy has several valleys and that large steps land in a worse one."""

# %% explanations-answer
answer_overshoot = "d"
answer_sum_rate = "b"
