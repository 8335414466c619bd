"""Believes the sigmoid has no derivative at 0, confusing it with ReLU's kink."""

# %% vanishing-choice-answer
import numpy as np


answer = "d"
