"""Adds the first filter's bias to every feature map."""

# %% conv-layer-answer
import numpy as np


def conv_layer(image, kernels, biases):
    """Return the ReLU feature maps of several filters, one per kernel, filters first."""
    return np.array([np.maximum(0.0, conv2d(image, k) + biases[0]) for k in kernels])
