"""Stops when the loss rose in each of the last patience epochs (vs the previous epoch, not the best)."""

# %% should-stop-answer
def should_stop(val_losses, patience, min_delta=0.0):
    if len(val_losses) <= max(patience, 1) - 1 or len(val_losses) < 2:
        return False
    rises = 0
    for previous, loss in zip(val_losses[:-1], val_losses[1:]):
        rises = rises + 1 if loss >= previous - min_delta else 0
    return rises > 0 and rises >= patience
