"""Blames overflow of the sigmoid for the slow first layers."""

# %% vanishing-choice-answer
import numpy as np


answer = "a"
