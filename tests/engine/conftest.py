"""Fixtures shared by the engine's tests (the app's torch settings, ``app_torch_settings``, are in
tests/conftest.py: the GUI's tests use them too)."""
