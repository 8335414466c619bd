"""On ties returns the latest of the smallest losses."""

# %% best-epoch-answer
def best_epoch(val_losses):
    if len(val_losses) == 0:
        raise ValueError("no epochs")
    best = 0
    for i, loss in enumerate(val_losses):
        if loss <= val_losses[best]:
            best = i
    return best
