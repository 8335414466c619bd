"""Ignores min_delta: any smaller loss counts as an improvement."""

# %% should-stop-answer
def should_stop(val_losses, patience, min_delta=0.0):
    reference = None
    wait = 0
    for loss in val_losses:
        if reference is None or loss < reference:
            reference, wait = loss, 0
        else:
            wait += 1
    return wait > 0 and wait >= patience
