"""Returns the smallest loss instead of its epoch."""

# %% best-epoch-answer
def best_epoch(val_losses):
    if len(val_losses) == 0:
        raise ValueError("no epochs")
    return min(val_losses)
