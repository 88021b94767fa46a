"""Translator model files: round trip, the shipped models, and every bad file refused without running code."""

import pickle

import pytest
import torch

from rnnlab.engine.checkpoints import FORMAT_VERSION, save_checkpoint
from rnnlab.engine.errors import InputError, ModelFileError
from rnnlab.engine.translate.config import TranslatorConfig
from rnnlab.engine.translate.model import Seq2Seq
from rnnlab.engine.translate.pretrained import SHIPPED_FILES, load_shipped, shipped_model_path
from rnnlab.engine.translate.task import PIG_LATIN
from rnnlab.engine.translate.translator import Translator
from rnnlab.engine.translate.words import training_words
from tests.code_running_pickle import CodeRunningPayload

SENTENCE = "the air conditioning is working"
EXPECTED = "ethay airway onditioningcay isway orkingway"


def _small_translator(attention="dot"):
    config = TranslatorConfig(attention=attention, hidden_size=8, embedding_size=4)
    torch.manual_seed(3)
    return Translator(Seq2Seq(config, PIG_LATIN.vocabulary_size), config, PIG_LATIN, {"accuracy": 0.5})


def test_save_and_load_give_the_same_translations(tmp_path):
    translator = _small_translator()
    path = tmp_path / "mine.pt"
    translator.save(path)
    loaded = Translator.load(path)
    assert loaded.config == translator.config and loaded.evaluation == {"accuracy": 0.5}
    words = ["strength", "a", "psst"]
    for a, b in zip(translator.translate_batch(words), loaded.translate_batch(words), strict=True):
        assert a.output == b.output
        assert (a.attention == b.attention).all()


def test_a_translator_pickles_as_its_checkpoint_and_a_retraining_comes_back_from_a_job_process_the_same(
        app_torch_settings):
    from rnnlab.engine.job_process import run_in_job_process
    from rnnlab.engine.jobs import CancelToken
    from rnnlab.engine.translate.training import TranslatorTraining

    translator = _small_translator()
    translator.translate_words(["strength"])
    copy = pickle.loads(pickle.dumps(translator))
    assert copy.config == translator.config and copy.task == translator.task and copy.evaluation == {"accuracy": 0.5}
    assert all(torch.equal(a, b)
               for a, b in zip(copy.model.state_dict().values(), translator.model.state_dict().values(), strict=True))
    with pytest.raises(ModelFileError, match="truncated or corrupt"):
        Translator.from_bytes(translator.to_bytes()[:100])
    config = TranslatorConfig(hidden_size=8, embedding_size=4, epochs=1, train_words=300, held_out_words=20)
    here = TranslatorTraining(config)(lambda event: None, CancelToken())
    events = []
    apart = run_in_job_process(TranslatorTraining(config), events.append, CancelToken())
    assert [e.loss for e in events if e.loss is not None] == [loss for _epoch, loss in here.loss_curve]
    assert apart.evaluation == here.evaluation and apart.translator.evaluation == here.translator.evaluation
    assert all(torch.equal(a, b) for a, b in zip(apart.translator.model.state_dict().values(),
                                                   here.translator.model.state_dict().values(), strict=True))


@pytest.mark.parametrize("attention", sorted(SHIPPED_FILES))
def test_shipped_models_are_small_and_load_with_weights_only(attention):
    path = shipped_model_path(attention)
    assert path.stat().st_size < 600_000
    payload = torch.load(path, weights_only=True)
    assert payload["kind"] == "translator" and payload["config"]["attention"] == attention
    assert load_shipped(attention).attention == attention


def test_the_shipped_attention_model_translates_the_test_sentence_exactly():
    translator = load_shipped("additive")
    assert " ".join(r.output for r in translator.translate_batch(SENTENCE.split())) == EXPECTED


def test_the_shipped_models_were_not_trained_on_the_test_sentence():
    assert not set(SENTENCE.split()) & set(training_words())


def test_no_dot_product_model_is_shipped_and_the_message_says_what_to_do():
    with pytest.raises(InputError, match="train-translator --attention dot"):
        shipped_model_path("dot")


def test_truncated_file_is_refused(tmp_path):
    path = tmp_path / "cut.pt"
    _small_translator().save(path)
    path.write_bytes(path.read_bytes()[:300])
    with pytest.raises(ModelFileError, match="truncated or corrupt"):
        Translator.load(path)


def test_a_model_of_another_kind_is_refused(tmp_path):
    path = tmp_path / "forecaster.pt"
    save_checkpoint(path, "forecaster", {"window": 60}, {"w": torch.zeros(2)})
    with pytest.raises(ModelFileError, match="forecaster model, not a translator"):
        Translator.load(path)


def test_an_unknown_format_version_is_refused(tmp_path):
    path = tmp_path / "future.pt"
    translator = _small_translator()
    translator.save(path)
    payload = torch.load(path, weights_only=True)
    payload["format_version"] = FORMAT_VERSION + 7
    torch.save(payload, path)
    with pytest.raises(ModelFileError, match="newer RNN Lab"):
        Translator.load(path)


def test_weights_that_do_not_match_the_settings_are_refused(tmp_path):
    path = tmp_path / "edited.pt"
    _small_translator().save(path)
    payload = torch.load(path, weights_only=True)
    payload["config"]["hidden_size"] = 32
    torch.save(payload, path)
    with pytest.raises(ModelFileError, match="do not match"):
        Translator.load(path)


def test_settings_out_of_bounds_are_refused(tmp_path):
    path = tmp_path / "edited.pt"
    _small_translator().save(path)
    payload = torch.load(path, weights_only=True)
    payload["config"]["attention"] = "telepathy"
    torch.save(payload, path)
    with pytest.raises(ModelFileError, match="cannot use"):
        Translator.load(path)


def test_random_bytes_are_refused(tmp_path):
    path = tmp_path / "noise.pt"
    path.write_bytes(bytes(range(256)) * 10)
    with pytest.raises(ModelFileError):
        Translator.load(path)




def test_a_pickle_that_would_run_code_is_refused_and_never_runs(tmp_path):
    marker = tmp_path / "payload-ran"
    path = tmp_path / "evil.pt"
    good = tmp_path / "good.pt"
    _small_translator().save(good)
    payload = torch.load(good, weights_only=True)
    payload["extra"]["evaluation"] = {"accuracy": CodeRunningPayload(str(marker))}
    torch.save(payload, path)
    with pytest.raises(ModelFileError, match="could run code"):
        Translator.load(path)
    assert not marker.exists()
    pickle.loads(pickle.dumps(CodeRunningPayload(str(marker))))
    assert marker.exists(), "the control: plain unpickling does run the payload"
