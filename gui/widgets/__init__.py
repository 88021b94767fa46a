"""Widgets every tab uses: the parameter form built from a configuration, the run controls, the plot theme."""
