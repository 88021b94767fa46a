"""The stock forecaster: load a price CSV, window and scale it, train a stacked RNN, compare with the naive forecast."""
