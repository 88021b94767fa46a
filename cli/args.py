"""Build CLI flags from a configuration dataclass's ``param`` metadata and read them back."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from rnnlab.engine.params import ParamSpec, format_number, param_specs, validate

_GIVEN = "typed_flags"
"""The namespace entry that holds the fields whose flags were typed on the command line."""


def _remember_typed(namespace: argparse.Namespace, dest: str) -> None:
    vars(namespace).setdefault(_GIVEN, set()).add(dest)


class _Store(argparse.Action):
    """Store the value, and remember that the flag was typed (so it can override a preset)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        setattr(namespace, self.dest, values)
        _remember_typed(namespace, self.dest)


class _BooleanStore(argparse.BooleanOptionalAction):
    """``--flag`` / ``--no-flag``, remembering that it was typed."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        super().__call__(parser, namespace, values, option_string)
        _remember_typed(namespace, self.dest)


def _parse_optional(kind: type, none_text: str):
    """A flag's reader that takes ``none_text`` (and "none" for an "off" flag) as None, anything else as ``kind``."""
    nones = ("off", "none") if none_text == "off" else (none_text,)

    def parse(text: str) -> Any:
        if text.lower() in nones:
            return None
        return kind(text)

    parse.__name__ = kind.__name__ if none_text == "off" else f"{kind.__name__} or {none_text!r}"
    return parse


def _help(spec: ParamSpec) -> str:
    """The flag's help: the setting's help text (its % escaped for argparse), range and default."""
    text = spec.help.replace("%", "%%")
    if spec.low is not None and spec.high is not None:
        text += f" [{format_number(spec.low)} .. {format_number(spec.high)}]"
    if spec.optional and spec.none_text == "off":
        text += " ('off' to disable)"
    return text + f" (default: {spec.none_text if spec.default is None else spec.default})"


def add_param_flags(parser: argparse.ArgumentParser, config_cls: type) -> None:
    """Add one ``--flag`` per field of ``config_cls`` declared with ``cli=True``, defaults taken from the dataclass."""
    for spec in param_specs(config_cls):
        if not spec.cli:
            continue
        if spec.kind is bool:
            parser.add_argument(spec.flag, action=_BooleanStore, dest=spec.name, default=spec.default,
                                help=_help(spec))
        elif spec.kind is tuple:
            parser.add_argument(spec.flag, action=_Store, dest=spec.name, nargs="*", default=list(spec.default),
                                metavar="NAME", help=_help(spec))
        elif spec.choices is not None:
            parser.add_argument(spec.flag, action=_Store, dest=spec.name, type=type(spec.choices[0]),
                                choices=spec.choices, default=spec.default, help=_help(spec))
        else:
            kind = _parse_optional(spec.kind, spec.none_text) if spec.optional else spec.kind
            parser.add_argument(spec.flag, action=_Store, dest=spec.name, type=kind, default=spec.default,
                                metavar=spec.flag[2:].replace("-", "_").upper(), help=_help(spec))


def config_from_args(args: argparse.Namespace, config_cls: type, base: Any = None, **overrides: Any) -> Any:
    """Build and validate a configuration from parsed flags; bad values raise InputError (exit 2).

    With ``base`` (a preset's configuration) only the flags typed on the command line change it, whatever their
    value: ``--preset exploding --clip 1.0`` clips even though 1.0 is also the default.
    """
    typed = typed_flags(args)
    values = {spec.name: tuple(getattr(args, spec.name)) if spec.kind is tuple else getattr(args, spec.name)
              for spec in param_specs(config_cls) if spec.cli and (base is None or spec.name in typed)}
    values.update(overrides)
    return validate(dataclasses.replace(base, **values) if base is not None else config_cls(**values))


def typed_flags(args: argparse.Namespace) -> set[str]:
    """The names of the fields whose flags were typed on the command line."""
    return set(vars(args).get(_GIVEN, set()))


def add_report_language(parser: argparse.ArgumentParser) -> None:
    """``--lang``: the language of the report the subcommand writes (its own messages stay English)."""
    from rnnlab.engine.translations import LANGUAGES

    parser.add_argument("--lang", choices=LANGUAGES, default="en",
                        help="language of the --report: en (default) or fa (Persian, right to left); the command's "
                             "own messages stay English")
