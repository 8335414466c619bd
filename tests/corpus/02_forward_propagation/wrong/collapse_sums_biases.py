"""Adds up the biases of the layers, forgetting that later weights multiply earlier biases."""

# %% collapse-answer
import numpy as np


def collapse(layers):
    W_total, b_total = layers[0]
    for W, b in layers[1:]:
        W_total = W @ W_total
        b_total = b_total + b
    return W_total, b_total
