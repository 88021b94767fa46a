"""The stock-forecaster tab: loading a price CSV, training, and the charts of real, predicted and baselines."""
