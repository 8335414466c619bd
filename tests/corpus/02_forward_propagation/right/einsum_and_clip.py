"""einsum for the products, clip and masks for ReLU."""

# %% forward-dict-answer
import numpy as np


def forward_dict(input_data, weights):
    """Return (hidden_layer_values, output) for one data point."""
    keys = ("node_0", "node_1")
    hidden_layer_values = np.array([np.einsum("i,i->", input_data, weights[k]) for k in keys])
    output = np.einsum("i,i->", hidden_layer_values, weights["output"])
    return hidden_layer_values, output


# %% forward-batch-answer
def forward_batch(X, hidden_weights, output_weights):
    """Return the predictions of the network, one per row of X."""
    hidden = np.einsum("rf,hf->rh", X, hidden_weights)
    return np.einsum("rh,h->r", hidden, output_weights)


# %% forward-relu-answer
def forward_relu(X, hidden_weights, output_weights):
    """Return the predictions with ReLU in the hidden layer."""
    hidden = (hidden_weights @ X.T).clip(min=0)
    return output_weights @ hidden
