"""The gradient-flow tab: controls, the live plots of per-timestep Jacobian norms, and their layout."""
