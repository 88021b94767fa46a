"""The gradient-flow visualiser's engine: cells, tasks, closed-form Jacobians, the training job and export.

``engine.gradflow.config`` is torch-free (the GUI imports it at start-up); every other module uses torch.
"""
