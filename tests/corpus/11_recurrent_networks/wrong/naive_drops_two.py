"""Off by one: drops the last two values and forecasts only n - 2 of them."""

# %% naive-forecast-answer
def naive_forecast(series):
    """Return the naive forecasts of series[1:], each the value one step before."""
    return series[:-2]
