"""The colours the gradient-flow tab and its lab report draw with, declared once for both."""

CELL_COLOURS = {"rnn": "#d62728", "lstm": "#1f77b4", "gru": "#2ca02c"}
"""One colour per cell, the same in every plot."""
TERM_COLOURS = {"A": "#ff7f0e", "B": "#9467bd", "C": "#8c564b", "D": "#e377c2", "sum": "#7f7f7f"}
"""The LSTM's four Jacobian terms and their sum."""
