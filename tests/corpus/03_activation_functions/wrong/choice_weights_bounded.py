"""Believes the weights are bounded by the range of the sigmoid's outputs."""

# %% vanishing-choice-answer
import numpy as np


answer = "c"
