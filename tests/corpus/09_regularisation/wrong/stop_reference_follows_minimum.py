"""Compares with the smallest earlier loss instead of the last improving epoch's loss."""

# %% should-stop-answer
def should_stop(val_losses, patience, min_delta=0.0):
    wait = 0
    for i, loss in enumerate(val_losses):
        if i == 0 or loss < min(val_losses[:i]) - min_delta:
            wait = 0
        else:
            wait += 1
    return wait > 0 and wait >= patience
