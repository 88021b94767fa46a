"""The Experiments tab: a lab run over a grid of settings and seeds, its live runs, and the views of its results."""
