"""Shifts the naive forecast the wrong way: uses the next value, not the previous one."""

# %% naive-forecast-answer
def naive_forecast(series):
    """Return the naive forecasts of series[1:], each the value one step before."""
    return series[1:]
