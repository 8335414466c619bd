"""Multiplies the weight matrices in the order of the layers, W1 @ W2 @ ..., instead of W_L @ ... @ W1."""

# %% collapse-answer
import numpy as np


def collapse(layers):
    W_total, b_total = layers[0]
    for W, b in layers[1:]:
        W_total = W_total @ W
        b_total = W @ b_total + b
    return W_total, b_total
