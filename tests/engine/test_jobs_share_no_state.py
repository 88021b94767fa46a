"""Two tabs may train at once: every job owns its randomness and changes no process-wide torch state, so each of
the three tabs' jobs gives bit for bit what it gives alone while the other two train in other threads."""

from __future__ import annotations

import threading

import numpy as np
import pandas as pd
import torch

from rnnlab.engine.forecast.config import ForecastConfig
from rnnlab.engine.forecast.training import ForecastTraining
from rnnlab.engine.forecast.windows import split_series
from rnnlab.engine.gradflow.config import GradflowConfig
from rnnlab.engine.gradflow.training import GradflowTraining
from rnnlab.engine.jobs import CancelToken, ignore_progress
from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.engine.translate.pairs import words_data
from rnnlab.engine.translate.training import TranslatorTraining
from rnnlab.engine.translate.words import training_words, validation_words


def _prices() -> pd.DataFrame:
    steps = np.random.default_rng(5).normal(0, 1, 400)
    index = pd.bdate_range("2020-01-01", periods=400)
    return pd.DataFrame({"Close": 100 + np.cumsum(steps)}, index=index)


def _gradflow() -> list[float]:
    config = GradflowConfig(cell="lstm", length=12, hidden=6, steps=6, probe_every=3, batch_size=4, seed=3)
    return GradflowTraining(config)(ignore_progress, CancelToken()).losses["lstm"]


def _forecast() -> np.ndarray:
    config = ForecastConfig(column="Close", window=8, layers=2, units=6, epochs=2, batch_size=32, seed=4)
    return ForecastTraining(split_series(_prices(), config), config)(ignore_progress, CancelToken()).test.predicted


def _translator() -> dict[str, torch.Tensor]:
    config = TranslatorConfig(hidden_size=8, embedding_size=4, epochs=1, batch_size=32, seed=2)
    job = TranslatorTraining(config, words_data(training_words()[:200], validation_words()[:20]))
    return job(ignore_progress, CancelToken()).translator.model.state_dict()


def test_the_three_tabs_training_at_once_each_get_what_they_get_alone():
    jobs = {"gradflow": _gradflow, "forecast": _forecast, "translator": _translator}
    threads_before = torch.get_num_threads()
    odd_count = 3 if threads_before != 3 else 2
    torch.set_num_threads(odd_count)
    try:
        torch.manual_seed(99)
        global_state = torch.get_rng_state()
        alone = {name: job() for name, job in jobs.items()}
        assert torch.equal(torch.get_rng_state(), global_state), "a job drew from torch's global generator"
        assert torch.get_num_threads() == odd_count, "a job changed the process's thread count"
        together = _all_at_once(jobs)
        assert torch.get_num_threads() == odd_count, "a job changed the process's thread count"
    finally:
        torch.set_num_threads(threads_before)
    assert together["gradflow"] == alone["gradflow"]
    np.testing.assert_array_equal(together["forecast"], alone["forecast"])
    for name, tensor in alone["translator"].items():
        assert torch.equal(together["translator"][name], tensor), name
    assert torch.equal(torch.get_rng_state(), global_state), "a job drew from torch's global generator"


def _all_at_once(jobs: dict) -> dict:
    """Run every job in its own thread at the same time; their results by name."""
    together: dict = {}
    threads = [threading.Thread(target=lambda n=n, j=j: together.__setitem__(n, j())) for n, j in jobs.items()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return together
