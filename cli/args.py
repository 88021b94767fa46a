"""Build CLI flags from a configuration dataclass's ``param`` metadata and read them back."""

from __future__ import annotations

import argparse
from typing import Any

from rnnlab.engine.params import ParamSpec, format_number, param_specs, validate


def _parse_optional(kind: type):
    def parse(text: str) -> Any:
        if text.lower() in ("off", "none"):
            return None
        return kind(text)

    parse.__name__ = kind.__name__
    return parse


def _help(spec: ParamSpec) -> str:
    text = spec.help
    if spec.low is not None and spec.high is not None:
        text += f" [{format_number(spec.low)} .. {format_number(spec.high)}]"
    if spec.optional:
        text += " ('off' to disable)"
    return text + f" (default: {'off' if spec.default is None else spec.default})"


def add_param_flags(parser: argparse.ArgumentParser, config_cls: type) -> None:
    """Add one ``--flag`` per field of ``config_cls`` declared with ``cli=True``, defaults taken from the dataclass."""
    for spec in param_specs(config_cls):
        if not spec.cli:
            continue
        if spec.kind is bool:
            parser.add_argument(spec.flag, action=argparse.BooleanOptionalAction, default=spec.default, help=_help(spec))
        elif spec.kind is tuple:
            parser.add_argument(spec.flag, nargs="*", default=list(spec.default), metavar="NAME", help=_help(spec))
        elif spec.choices is not None:
            parser.add_argument(spec.flag, type=type(spec.choices[0]), choices=spec.choices, default=spec.default, help=_help(spec))
        else:
            kind = _parse_optional(spec.kind) if spec.optional else spec.kind
            parser.add_argument(spec.flag, type=kind, default=spec.default, metavar=spec.name.upper(), help=_help(spec))


def config_from_args(args: argparse.Namespace, config_cls: type, **overrides: Any) -> Any:
    """Build and validate a configuration from parsed flags; bad values raise InputError (exit 2)."""
    values = {spec.name: tuple(getattr(args, spec.name)) if spec.kind is tuple else getattr(args, spec.name)
              for spec in param_specs(config_cls) if hasattr(args, spec.name)}
    values.update(overrides)
    return validate(config_cls(**values))
