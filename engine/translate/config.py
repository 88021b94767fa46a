"""The translator's configuration: one dataclass whose bounds the GUI form and the CLI flags share (torch-free)."""

from __future__ import annotations

from dataclasses import dataclass

from rnnlab.engine.params import param
from rnnlab.engine.plural import plural
from rnnlab.engine.runtime import device_param
from rnnlab.engine.translate.feeding import SCHEDULES

ATTENTION_KINDS = ("none", "additive", "dot")
PATIENCE = 8
TIME_BUDGET_MIN = 10.0
PLATEAU = 3
"""Epochs auto: measurements in a row without a new best after which the learning rate is halved."""
PIG_LATIN_BATCH = 64
PAIRS_BATCH = 128
"""What Batch size auto is: on the Pig Latin words batches of 64 passed 98% held-out in about 0.7 of the time batches
of 128 took; on the generated tasks of pairs neither won everywhere, and 128 stayed (docs/translation-pad.md, *Speed
and responsiveness*)."""
WEIGHT_AVERAGE = 0.95
"""The default decay of the weights' running average: held-out accuracy measured on it settles past 98% sooner and
wavers less than on the raw weights (docs/translation-pad.md, *Speed and responsiveness*)."""
PIG_LATIN_EPOCHS = 1
"""What Epochs auto trains on the shipped Pig Latin words: one fixed epoch, its cosine decay settling the held-out
accuracy past 98% within its first two thirds; stopping early ran into the time budget for a small gain in accuracy
(docs/translation-pad.md, *Epochs: auto*, has the figures)."""


@dataclass
class TranslatorConfig:
    """How to build and train a character-level GRU encoder-decoder (English -> Pig Latin, or a task of pairs)."""

    attention: str = param("additive", label="Attention", choices=ATTENTION_KINDS,
                           help="How the decoder looks at the source: none (only the encoder's final state), "
                                "additive (Bahdanau) or scaled dot-product attention.")
    hidden_size: int = param(64, label="Hidden size", low=4, high=512,
                             help="Units of the decoder GRU and of each direction of the bidirectional encoder GRU.")
    embedding_size: int = param(32, label="Embedding size", low=2, high=256,
                                help="Length of the vector each character is embedded as.")
    epochs: int | None = param(None, label="Epochs", low=1, high=200, optional=True, none_text="auto",
                               help="Passes over the training pairs (words, for Pig Latin). 'auto' trains until the "
                                    "held-out accuracy of a task of pairs, measured at each epoch's end, has not "
                                    "risen for Patience epochs, reaches 100% or the Time budget is spent, and keeps "
                                    "the best epoch's model (for the Pig Latin words: "
                                    f"{plural(PIG_LATIN_EPOCHS, 'epoch')}); a number trains exactly that many epochs "
                                    "and keeps the last.")
    patience: int = param(PATIENCE, label="Patience", low=1, high=100,
                          help="With Epochs auto on a task of pairs: stop after this many epochs in a row without a "
                               "new best held-out accuracy.")
    time_budget: float = param(TIME_BUDGET_MIN, label="Time budget (min)", low=0.1, high=24 * 60,
                               help="With Epochs auto on a task of pairs: the longest the training runs, in minutes; "
                                    "when it is spent, the best model so far is kept.")
    batch_size: int | None = param(None, label="Batch size", low=1, high=4096, optional=True, none_text="auto",
                                   help="Pairs per optimiser step; a batch is padded to its longest sequence and "
                                        f"masked. 'auto': {PIG_LATIN_BATCH} on the Pig Latin words, {PAIRS_BATCH} on "
                                        "a task of pairs.")
    learning_rate: float = param(0.005, label="Learning rate", low=1e-5, high=1.0, log_scale=True,
                                 help="Adam's step size at the start. With a number of epochs it decays along a "
                                      "cosine to a tenth by the end; while early stopping (Epochs auto) it is "
                                      f"halved after {PLATEAU} epochs in a row without a new best held-out accuracy "
                                      "(down to a tenth).")
    grad_clip: float | None = param(1.0, label="Gradient clip", low=0.01, high=100.0, optional=True,
                                    help="Largest gradient norm allowed per step; 'off' lets large steps through.")
    weight_average: float | None = param(WEIGHT_AVERAGE, label="Weight averaging", low=0.5, high=0.999,
                                         optional=True,
                                         help="Polyak averaging: held-out accuracy is measured on, and the run keeps, "
                                              "a running average of the weights (each step keeps this share of the "
                                              "average and adds the rest of the new weights), which wavers less than "
                                              "the last step's weights; 'off' uses the weights as trained.")
    train_words: int | None = param(None, label="Training pairs", low=100, high=1_000_000, optional=True,
                                    help="Use only this many of the training pairs ('off': all of them).")
    held_out_words: int | None = param(None, label="Held-out pairs", low=10, high=1_000_000, optional=True,
                                       help="Measure accuracy on this many of the held-out pairs "
                                            "('off': all of them); fewer measure faster but less exactly.")
    valid_fraction: float = param(0.05, label="Held-out share", low=0.01, high=0.5,
                                  help="For a task of pairs: the share of the pairs held out to measure accuracy, "
                                       "never trained on (the same pairs at every retraining). Pig Latin has its "
                                       "own held-out words.")
    scheduled_sampling: str = param("off", label="Scheduled sampling", choices=SCHEDULES,
                                    help="What the decoder is fed while it trains (Bengio et al. 2015): off feeds the "
                                         "true previous character at every step (teacher forcing); linear or "
                                         "inverse-sigmoid feeds the model's own prediction instead with a "
                                         "probability that rises over training, as Sampling decay says.")
    sampling_decay: float = param(300.0, label="Sampling decay k", low=1.0, high=1e7,
                                  help="Scheduled sampling's k, in training steps: the true character is fed with "
                                       "probability max(0, 1 - i/k) at step i (linear; none from step k on) or "
                                       "k/(k + exp(i/k)) (inverse-sigmoid; one half at step k ln k).")
    seed: int = param(0, label="Seed", low=0, high=2**31 - 1,
                      help="Seed of the weights and the order of the pairs; the same seed gives the same model.")
    device: str = device_param()

    def planned_batch_size(self, pig_latin: bool) -> int:
        """Pairs per step: the configured number; with Batch size auto, PIG_LATIN_BATCH on the shipped Pig Latin
        words, PAIRS_BATCH on a task of pairs."""
        if self.batch_size is not None:
            return self.batch_size
        return PIG_LATIN_BATCH if pig_latin else PAIRS_BATCH

    def planned_epochs(self, pig_latin: bool) -> int | None:
        """How many epochs a run trains: the configured number; with Epochs auto, PIG_LATIN_EPOCHS on the shipped
        Pig Latin words, or None for a task of pairs (early stopping ends the run)."""
        if self.epochs is not None:
            return self.epochs
        return PIG_LATIN_EPOCHS if pig_latin else None


@dataclass
class DecodingConfig:
    """How a trained translator chooses its output; the pad's control and ``--beam-width`` both come from here."""

    beam_width: int = param(1, label="Beam width", low=1, high=16,
                            help="How many partial outputs the decoder keeps at each step: 1 is greedy (the most "
                                 "likely next character every time); more can find a likelier whole output that "
                                 "starts with a less likely character, at about that many times the work.")
