"""Believes zero weights only make the hidden units copies of each other, as equal nonzero weights would."""

# %% zero-start-answer
zero_start_answer = "c"
