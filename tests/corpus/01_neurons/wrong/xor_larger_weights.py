"""Believes that larger weights would let one step neuron compute XOR."""


# %% xor-answer
xor_answer = "a"
