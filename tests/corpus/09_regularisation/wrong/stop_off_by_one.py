"""Stops only when wait > patience: one epoch too late."""

# %% should-stop-answer
def should_stop(val_losses, patience, min_delta=0.0):
    reference = None
    wait = 0
    for loss in val_losses:
        if reference is None or loss < reference - min_delta:
            reference, wait = loss, 0
        else:
            wait += 1
    return wait > patience
