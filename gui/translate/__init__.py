"""The translation pad: typing, both models side by side, alignment matrices and retraining."""
