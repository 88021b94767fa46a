"""RNN Lab's Qt side: the main window, one module per tab, reusable widgets and the one job runner."""
