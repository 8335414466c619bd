"""Believes that a smooth activation would let one neuron compute XOR."""


# %% xor-answer
xor_answer = "c"
