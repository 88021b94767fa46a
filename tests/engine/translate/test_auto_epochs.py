"""Epochs auto on a task of pairs: the run stops at 100% held-out, after Patience epochs without a new best, or when
the time budget (read from a clock the test controls) is spent, and keeps the best epoch's weights bit for bit; on
the Pig Latin words it is their fixed recipe."""

import html

import pytest
import torch

from rnnlab.engine.jobs import CancelToken, ignore_progress
from rnnlab.engine.report.document import render
from rnnlab.engine.report.translate_report import translator_report
from rnnlab.engine.translate.config import PAIRS_BATCH, PIG_LATIN_BATCH, PIG_LATIN_EPOCHS, TranslatorConfig
from rnnlab.engine.translate.metrics import Evaluation
from rnnlab.engine.translate.pairs import pairs_data, words_data
from rnnlab.engine.translate.stopping import EarlyStopping, budget_text
from rnnlab.engine.translate.summary import summary_lines
from rnnlab.engine.translate.training import TranslatorTraining
from rnnlab.engine.translate.words import training_words, validation_words

WORDS = [f"{a}{b}{c}" for a in "abcdefg" for b in "hijklmn" for c in "opqrs"]
REVERSAL = pairs_data([(n, w, w[::-1]) for n, w in enumerate(WORDS, start=1)], "reversal", "reversal.tsv")
CONSTANT = pairs_data([(n, w, "x") for n, w in enumerate(WORDS, start=1)], "constant", "constant.tsv")
pytestmark = pytest.mark.usefixtures("app_torch_settings")
"""One torch thread, as in the app: these small nets ran ten times slower on two threads of a busy 2-core CPU."""
NEVER = 1e9
"""An interval for the timed measurements inside an epoch that never comes: only the epochs' ends are measured."""


def _tiny(**overrides) -> TranslatorConfig:
    values = dict(hidden_size=8, embedding_size=4, batch_size=16, valid_fraction=0.3, seed=1)
    values.update(overrides)
    return TranslatorConfig(**values)


UNSTEADY = _tiny(learning_rate=0.2, grad_clip=None, patience=2, weight_average=None)
"""A learning rate too large for this net: held-out accuracy rises, then falls back (66% at epoch 4, then 59%, 55%;
the weights as trained, which the default running average would smooth)."""


def _epoch_ends(result) -> list[tuple[float, float]]:
    return [(epoch, accuracy) for epoch, accuracy in result.accuracy_curve if float(epoch).is_integer()]


def test_the_default_is_auto_and_a_number_is_still_a_fixed_run():
    assert TranslatorConfig().epochs is None
    events = []
    result = TranslatorTraining(_tiny(epochs=2), CONSTANT, eval_interval_s=NEVER)(events.append, CancelToken())
    assert [epoch for epoch, _a in result.accuracy_curve] == [1.0, 2.0]
    assert result.stopped == "stopped: the 2 epochs ended"
    assert result.kept == f"the model after the last step (step {2 * 11})"
    assert events[-1].message == "CPU · stopped: the 2 epochs ended" and events[-1].fraction == 1.0


def test_auto_on_the_pig_latin_words_is_their_fixed_recipe():
    data = words_data(list(training_words()[:64]), list(validation_words()[:10]))
    result = TranslatorTraining(_tiny(batch_size=32), data, eval_interval_s=NEVER)(ignore_progress, CancelToken())
    assert [epoch for epoch, _a in result.accuracy_curve] == [1.0] and PIG_LATIN_EPOCHS == 1
    assert result.stopped == "stopped: the 1 epoch ended"


def test_batch_size_auto_is_64_on_the_pig_latin_words_and_128_on_a_task_of_pairs():
    assert TranslatorConfig().batch_size is None and PIG_LATIN_BATCH == 64 and PAIRS_BATCH == 128
    words = words_data(list(training_words()[:200]), list(validation_words()[:10]))
    result = TranslatorTraining(_tiny(epochs=1, batch_size=None), words, eval_interval_s=NEVER)(ignore_progress,
                                                                                               CancelToken())
    assert result.kept == "the model after the last step (step 4)", "200 words in batches of 64"
    result = TranslatorTraining(_tiny(epochs=1, batch_size=None, valid_fraction=0.05), REVERSAL,
                                eval_interval_s=NEVER)(ignore_progress, CancelToken())
    assert len(WORDS) - len(result.held_out) == 233
    assert result.kept == "the model after the last step (step 2)", "233 training pairs in batches of 128"
    assert TranslatorConfig(batch_size=32).planned_batch_size(True) == 32


def test_a_run_stops_at_100_percent_held_out():
    events = []
    result = TranslatorTraining(_tiny(hidden_size=8, batch_size=32, learning_rate=0.02, seed=3), CONSTANT,
                                eval_interval_s=NEVER)(events.append, CancelToken())
    ends = _epoch_ends(result)
    assert ends[-1][1] == 1.0 and all(accuracy < 1.0 for _e, accuracy in ends[:-1])
    assert result.stopped == f"stopped: 100% held-out at epoch {len(ends)}"
    assert result.evaluation.accuracy == 1.0
    assert events[-1].message == "CPU · " + result.stopped


def test_patience_stops_after_that_many_epochs_without_a_new_best_and_keeps_the_best():
    events = []
    result = TranslatorTraining(UNSTEADY, REVERSAL, eval_interval_s=NEVER)(events.append, CancelToken())
    ends = _epoch_ends(result)
    accuracies = [accuracy for _e, accuracy in ends]
    best = accuracies.index(max(accuracies))
    assert len(ends) == best + 1 + UNSTEADY.patience
    assert accuracies[-1] < accuracies[best], "this run's accuracy falls after its best: the kept model is not the last"
    assert result.stopped == (f"stopped: no gain in held-out accuracy for 2 evaluations "
                              f"(best {accuracies[best]:.1%} at epoch {best + 1})")
    assert result.kept == f"the best model, of epoch {best + 1} (step {(best + 1) * 11})"
    assert result.evaluation.accuracy == accuracies[best]
    assert result.translator.evaluate(result.held_out).accuracy == accuracies[best]
    measured = [e for e in events if e.accuracy is not None]
    assert measured[best].message.endswith(f"held-out {accuracies[best]:.1%} · best {accuracies[best]:.1%} at "
                                           f"epoch {best + 1}")
    assert summary_lines(result)[1] == f"{result.stopped}; kept {result.kept}"
    report = render(translator_report(result))
    assert "<td>Epochs</td><td>auto</td>" in report and html.escape(summary_lines(result)[1]) in report


def test_the_kept_weights_are_the_best_epochs_bit_for_bit():
    """The patience run keeps epoch b's weights: exactly those of the same run stopped by its clock right after
    epoch b's measurement (nothing else differs between the two runs up to there)."""
    patience_run = TranslatorTraining(UNSTEADY, REVERSAL, eval_interval_s=NEVER)(ignore_progress, CancelToken())
    best_epoch = float(patience_run.kept.split("epoch ")[1].split(" ")[0])
    now = [0.0]

    def progress(event):
        if event.accuracy is not None and event.epoch == best_epoch:
            now[0] = NEVER

    budget_run = TranslatorTraining(UNSTEADY, REVERSAL, eval_interval_s=NEVER, clock=lambda: now[0])(
        progress, CancelToken())
    assert budget_run.stopped.startswith("stopped: time budget of 10 min reached")
    assert budget_run.accuracy_curve[-1][0] == best_epoch
    kept = patience_run.translator.model.state_dict()
    for name, tensor in budget_run.translator.model.state_dict().items():
        assert torch.equal(tensor, kept[name]), name


def test_the_time_budget_stops_within_an_epoch_measuring_once_more():
    """A clock that moves 10 s a step: a budget of 2.5 min ends after the 15th step, within the second epoch (11
    steps an epoch), which is measured there; the progress fraction is the share of the budget spent."""
    now = [0.0]
    events = []

    def progress(event):
        events.append(event)
        if event.loss is not None:
            now[0] += 10.0

    result = TranslatorTraining(_tiny(time_budget=2.5), REVERSAL, eval_interval_s=NEVER, clock=lambda: now[0])(
        progress, CancelToken())
    assert [e.fraction for e in events if e.loss is not None] == [10 * k / 150 for k in range(15)]
    assert [epoch for epoch, _a in result.accuracy_curve] == [1.0, 15 / 11]
    assert result.stopped.startswith("stopped: time budget of 2.5 min reached (best ")
    assert result.seconds == 150.0


def test_a_best_is_strictly_better_copied_when_measured_and_put_back_bit_for_bit():
    model = torch.nn.Linear(3, 2)
    before = {name: value.clone() for name, value in model.state_dict().items()}
    stopping = EarlyStopping(patience=2, budget_minutes=1.0, clock=lambda: 0.0, started=0.0)
    assert stopping.measured(Evaluation(words=10, accuracy=0.5, char_error_rate=0.1), 1.0, 5, model)
    with torch.no_grad():
        model.weight.add_(1.0)
    assert not stopping.measured(Evaluation(words=10, accuracy=0.5, char_error_rate=0.1), 2.0, 10, model)
    assert stopping.reason() == ""
    assert not stopping.measured(Evaluation(words=10, accuracy=0.4, char_error_rate=0.2), 3.0, 15, model)
    assert stopping.reason() == "stopped: no gain in held-out accuracy for 2 evaluations (best 50.0% at epoch 1)"
    best = stopping.restore_best(model)
    assert (best.epoch, best.step) == (1.0, 5)
    for name, value in model.state_dict().items():
        assert torch.equal(value, before[name]), name


@pytest.mark.parametrize(("minutes", "text"), [(10.0, "10 min"), (1.5, "1.5 min"), (0.5, "30 s")])
def test_budgets_read_as_a_person_writes_them(minutes, text):
    assert budget_text(minutes) == text
