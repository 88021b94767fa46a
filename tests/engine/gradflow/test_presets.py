"""The presets: the clipped exploding run differs from the unclipped one in its clip alone."""

from dataclasses import replace

from rnnlab.engine.gradflow.presets import PRESETS


def test_exploding_clipped_is_exploding_with_clip_one():
    exploding, clipped = PRESETS["exploding"].config, PRESETS["exploding-clipped"].config
    assert exploding.clip is None
    assert clipped == replace(exploding, clip=1.0)


def test_every_preset_is_listed_under_its_own_name():
    assert all(name == preset.name for name, preset in PRESETS.items()) and len(PRESETS) == 4
