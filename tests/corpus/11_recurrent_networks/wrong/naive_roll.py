"""Uses np.roll: the forecast has n entries and wraps the last value around to the front."""

# %% naive-forecast-answer
import numpy as np


def naive_forecast(series):
    """Return the naive forecasts of series[1:], each the value one step before."""
    return np.roll(series, 1)
