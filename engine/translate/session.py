"""The translation pad's state without Qt: its task (English -> Pig Latin, or the pairs of a file), the two
models in use, where each came from, which are unsaved, and the latest translation of the pad's text.

The tab shows a session and wires its controls to it and runs its jobs (translate, load); the CLI and the tests
drive the same object and the same jobs directly.
Translating is a job (``PadTranslationJob``) so that the GUI can run it in the background: each request gets
a number, and a result whose number is not the latest is stale and dropped (``accept``), so the newest text
always wins however long an older translation took.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rnnlab.engine.errors import EngineError
from rnnlab.engine.jobs import CancelToken, FileWritten, Job, ProgressFn, ignore_progress
from rnnlab.engine.translate.lines import translate_document
from rnnlab.engine.translate.pairs import PairsData
from rnnlab.engine.translate.task import PIG_LATIN, SequenceTask
from rnnlab.engine.translate.text import TextTranslation
from rnnlab.engine.translations import Message, filled, localized, translatable, translate

if TYPE_CHECKING:
    from rnnlab.engine.translate.translator import Translator

ATTENTION, PLAIN = "attention", "plain"
SLOTS = (ATTENTION, PLAIN)
ATTENTION_NAMES = {"none": translatable("TranslateSession", "no attention"),
                   "additive": translatable("TranslateSession", "additive attention"),
                   "dot": translatable("TranslateSession", "dot-product attention")}
"""The attention kinds as the pad's summary names them (the setting's values are code)."""
MAX_TEXT_CHARACTERS = 20_000


def slot_for(attention: str) -> str:
    """The pad's slot for a model of ``attention`` kind: none goes to plain, additive and dot to attention."""
    return PLAIN if attention == "none" else ATTENTION


@dataclass
class PadTranslation:
    """Both models' translations of one text (None for a slot without a model), and the request it answers."""

    request: int
    text: str
    clipped: bool
    translations: dict[str, TextTranslation | None] = field(default_factory=dict)


class PadTranslationJob:
    """The job ``(progress, cancel) -> PadTranslation``: translate one text with each model of the pad, decoding
    with a beam of ``beam_width`` (1: greedy)."""

    def __init__(self, request: int, text: str, models: dict[str, Translator | None],
                 references: dict[str, str] | None = None, beam_width: int = 1) -> None:
        self.request = request
        self.text = text
        self.models = dict(models)
        self.references = references
        self.beam_width = beam_width

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> PadTranslation:
        text = self.text[:MAX_TEXT_CHARACTERS]
        result = PadTranslation(self.request, text, clipped=len(self.text) > MAX_TEXT_CHARACTERS)
        for slot in SLOTS:
            cancel.raise_if_cancelled()
            model = self.models.get(slot)
            result.translations[slot] = (translate_document(text, model, self.references, self.beam_width)
                                         if model is not None else None)
        return result


@dataclass
class LoadedModels:
    """The shipped models that loaded (by slot) and why the others did not."""

    models: dict[str, Translator] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)


def load_shipped_models(progress: ProgressFn = ignore_progress, cancel: CancelToken | None = None) -> LoadedModels:
    """The job that loads both shipped translators (imports torch); a missing or damaged file is reported, not
    raised."""
    from rnnlab.engine.translate.pretrained import load_shipped

    loaded = LoadedModels()
    for slot, attention in ((ATTENTION, "additive"), (PLAIN, "none")):
        try:
            loaded.models[slot] = load_shipped(attention)
        except EngineError as exc:
            loaded.problems[slot] = exc.message
    return loaded


@dataclass
class LoadedModel:
    """A translator read from a file by ``TranslationSession.load_job``, and the origin the pad shows for it."""

    translator: Translator
    origin: str


class TranslationSession:
    """What the pad holds: its task and the task's pairs (None for Pig Latin, graded by the rule), a model per slot
    (attention, plain), its origin, the unsaved ones, the latest translation."""

    def __init__(self) -> None:
        self.task: SequenceTask = PIG_LATIN
        self.data: PairsData | None = None
        self.models: dict[str, Translator | None] = {slot: None for slot in SLOTS}
        self.origins: dict[str, str] = {slot: "" for slot in SLOTS}
        self.unsaved: set[str] = set()
        self.latest: PadTranslation | None = None
        self._requests = 0

    # ----- task
    def set_task(self, task: SequenceTask, data: PairsData | None = None) -> None:
        """Switch to ``task`` (with its pairs, if known): both slots are emptied and the latest translation
        dropped (a translation still running is stale), since a model only reads its own task's characters.
        Nothing happens if the task is the same and no new pairs are given."""
        if task == self.task and data is None:
            return
        self.task = task
        self.data = data
        self.models = {slot: None for slot in SLOTS}
        self.origins = {slot: "" for slot in SLOTS}
        self.unsaved.clear()
        self.latest = None
        self._requests += 1  # a translation still running was made by the old task's models: it is stale now

    # ----- models
    def use(self, translator: Translator, origin: str, unsaved: bool = False) -> str:
        """Put ``translator`` in the slot of its kind (replacing the model there), switching the pad to its task
        first if it is another; returns the slot."""
        if translator.task != self.task:
            self.set_task(translator.task)
        slot = slot_for(translator.attention)
        self.models[slot] = translator
        self.origins[slot] = origin
        if unsaved:
            self.unsaved.add(slot)
        else:
            self.unsaved.discard(slot)
        return slot

    def use_shipped(self, loaded: LoadedModels) -> None:
        """Fill the empty slots with the shipped models, noting why one is missing."""
        for slot in SLOTS:
            if self.models[slot] is not None:
                continue
            if slot in loaded.models:
                self.use(loaded.models[slot], Message(translatable("Engine", "shipped")))
            else:
                problem = loaded.problems.get(slot, Message(translatable("Engine", "not shipped")))
                self.origins[slot] = Message(translatable("Engine", "missing ({problem})"), problem=problem)

    def load_job(self, path: str | os.PathLike[str]) -> Job:
        """A job reading a translator file (imports torch); a bad file raises ModelFileError. Nothing changes
        until its result is given to ``accept_loaded``."""
        path = Path(path)

        def load(progress: ProgressFn, cancel: CancelToken) -> LoadedModel:
            from rnnlab.engine.translate.translator import Translator

            return LoadedModel(Translator.load(path), f"loaded from {path.name},")

        return load

    def accept_loaded(self, loaded: LoadedModel) -> str:
        """Put a model read by ``load_job`` into the slot of its kind; returns the slot."""
        return self.use(loaded.translator, loaded.origin)

    def save_job(self, slot: str, path: str | os.PathLike[str]) -> Job:
        """A job writing the model of ``slot`` to ``path`` (EngineError now if the slot is empty); it returns a
        FileWritten whose ``source`` is the model. The model stays unsaved until the result is given to
        ``accept_saved``. A file that cannot be written is an EngineError that names it."""
        model = self.models[slot]
        if model is None:
            raise EngineError(translatable("Engine", "There is no model to save yet."))
        path = Path(path)

        def save(progress: ProgressFn, cancel: CancelToken) -> FileWritten:
            model.save(path)
            return FileWritten("model", path, source=model)

        return save

    def accept_saved(self, written: FileWritten) -> None:
        """The model ``save_job`` wrote stops being unsaved, unless a newer model replaced it in its slot meanwhile."""
        for slot in SLOTS:
            if self.models[slot] is written.source:
                self.unsaved.discard(slot)

    def save(self, slot: str, path: str | os.PathLike[str]) -> None:
        """Run ``save_job`` here and now (CLI, tests, scripts) and accept it."""
        self.accept_saved(self.save_job(slot, path)(ignore_progress, CancelToken()))

    @property
    def has_models(self) -> bool:
        """True once at least one slot has a model."""
        return any(model is not None for model in self.models.values())

    def has_unsaved_work(self) -> bool:
        """True while a model trained here has not been saved."""
        return bool(self.unsaved)

    def summary(self) -> str:
        """One line: each slot's origin, attention kind, held-out accuracy and whether it is unsaved."""
        parts = []
        for slot, title in ((ATTENTION, translate("TranslateSession", "With attention")),
                            (PLAIN, translate("TranslateSession", "Without"))):
            model = self.models[slot]
            if model is None:
                origin = localized(self.origins[slot]) or translate("TranslateSession", "not loaded")
                parts.append(f"{title}: {origin}")
                continue
            accuracy = model.evaluation.get("accuracy")
            figure = (filled(translate("TranslateSession", ", {accuracy:.2%} held-out (greedy)"), accuracy=accuracy)
                      if isinstance(accuracy, float) else "")
            unsaved = translate("TranslateSession", " (unsaved)") if slot in self.unsaved else ""
            parts.append(filled(translate("TranslateSession", "{title}: {origin} {attention}{figure}{unsaved}"),
                                title=title, origin=localized(self.origins[slot]),
                                attention=translate("TranslateSession", ATTENTION_NAMES.get(model.attention,
                                                                                            model.attention)),
                                figure=figure, unsaved=unsaved))
        return " · ".join(parts)

    # ----- translating
    def translation_job(self, text: str, beam_width: int = 1) -> PadTranslationJob:
        """A new request for ``text`` (decoded with a beam of ``beam_width``): every earlier request is stale from
        now on."""
        self._requests += 1
        references = self.data.references if self.data is not None else None
        return PadTranslationJob(self._requests, text, self.models, references, beam_width)

    def accept(self, result: PadTranslation) -> bool:
        """Keep ``result`` as the latest translation if it answers the newest request; False (dropped) if stale."""
        if result.request != self._requests:
            return False
        self.latest = result
        return True

    def translate(self, text: str, beam_width: int = 1) -> PadTranslation:
        """Translate ``text`` here and now (CLI, tests, scripts) and keep it as the latest translation."""
        result = self.translation_job(text, beam_width)(ignore_progress, CancelToken())
        self.accept(result)
        return result

    def shown(self, slot: str) -> TextTranslation | None:
        """The latest translation by ``slot``'s model, or by the other model if that slot has none."""
        if self.latest is None:
            return None
        translations = self.latest.translations
        return translations.get(slot) or translations.get(ATTENTION) or translations.get(PLAIN)

    def notes(self, slot: str) -> list[str]:
        """What the person should know about the latest translation as ``slot`` shows it."""
        shown, latest = self.shown(slot), self.latest
        if shown is None or latest is None:
            return []
        notes = list(shown.notes)
        if latest.clipped:
            notes.insert(0, Message(translatable("Engine", "Only the first {count:,} characters are translated."),
                                    count=MAX_TEXT_CHARACTERS))
        if latest.translations.get(slot) is None:
            notes.insert(0, Message(translatable("Engine", "The {slot} model is not available: {origin}."), slot=slot,
                                    origin=self.origins[slot]))
        return notes

    def comparison_rows(self, slot: str) -> list[tuple[str, str | None, str | None, str | None]]:
        """(source, output without attention, output with attention, expected or None) for every translated
        sequence."""
        shown, latest = self.shown(slot), self.latest
        if shown is None or latest is None:
            return []
        plain, attention = latest.translations.get(PLAIN), latest.translations.get(ATTENTION)
        return [(word.typed,
                 plain.words[index].output if plain is not None else None,
                 attention.words[index].output if attention is not None else None,
                 word.reference)
                for index, word in enumerate(shown.words) if not word.note]
