"""Experiments: a lab's runs over a grid of settings and seeds, the executors that run them, and their store."""
