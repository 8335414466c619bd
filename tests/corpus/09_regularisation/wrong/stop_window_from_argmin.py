"""Measures the wait from the last epoch (argmin), counting the best epoch itself."""

# %% should-stop-answer
import numpy as np


def should_stop(val_losses, patience, min_delta=0.0):
    if len(val_losses) == 0:
        return False
    best = int(np.argmin(val_losses))
    return len(val_losses) - best >= patience and best != len(val_losses) - 1
