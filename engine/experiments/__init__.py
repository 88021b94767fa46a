"""Experiments: one lab's run repeated over a grid of settings and seeds, stored, summarised and compared.

``experiment`` defines an experiment and its grid of runs, ``runs`` runs one of them anywhere (``execute``),
``local`` (job processes here) and ``cluster`` (a Dask scheduler) run many, ``store`` keeps every finished run in
SQLite, ``sweep`` is the job that ties them together, ``stats`` and ``results`` summarise the runs over seeds and
``export`` writes them as CSV. Qt-free, like the rest of the engine.
"""
