"""One place for each configuration's defaults and bounds.

Configurations are dataclasses whose fields are declared with :func:`param`. The GUI builds its controls
from the same metadata (``gui.widgets.param_form``) and the CLI its flags (``cli.args``), so the two never disagree,
and :func:`validate` refuses out-of-bounds values with a readable message before a job starts.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Sequence, TypeVar

from rnnlab.engine.errors import InputError
from rnnlab.engine.translations import Message, translatable

ConfigT = TypeVar("ConfigT")


@dataclass(frozen=True)
class ParamSpec:
    """What a control or a flag needs to know about one configuration field."""

    name: str
    label: str
    help: str
    default: Any
    kind: type
    low: float | None = None
    high: float | None = None
    choices: tuple[Any, ...] | None = None
    log_scale: bool = False
    optional: bool = False
    none_text: str = "off"
    cli: bool = True
    form: bool = True
    flag_name: str = ""

    @property
    def flag(self) -> str:
        """The CLI flag for this field, e.g. ``--hidden-size`` (``flag_name`` where the name is not the flag's, as
        ``--from`` for ``date_from``)."""
        return self.flag_name or "--" + self.name.replace("_", "-")


def param(
    default: Any,
    *,
    label: str,
    help: str,
    low: float | None = None,
    high: float | None = None,
    choices: Sequence[Any] | None = None,
    log_scale: bool = False,
    optional: bool = False,
    none_text: str = "off",
    cli: bool = True,
    form: bool = True,
    flag: str = "",
) -> Any:
    """Declare a configuration field with its default, bounds or choices, label and tooltip text.

    ``optional=True`` means None is allowed (for example "no clipping"), shown and typed as ``none_text``
    ("off"; "auto" where None lets the job choose); ``log_scale`` hints the GUI to
    step the value multiplicatively (learning rates); ``cli`` and ``form`` say whether the field gets a
    command-line flag and a control in the generated form; ``flag`` names the flag where the field's name cannot
    (``--from``: ``from`` is a Python keyword).
    """
    meta = {
        "label": label,
        "help": help,
        "low": low,
        "high": high,
        "choices": tuple(choices) if choices is not None else None,
        "log_scale": log_scale,
        "optional": optional,
        "none_text": none_text,
        "cli": cli,
        "form": form,
        "flag_name": flag,
    }
    return dataclasses.field(default=default, metadata={"param": meta})


def format_number(value: float) -> str:
    """A bound or value as a person writes it: whole numbers in full (2147483647, not 2.14748e+09)."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def param_specs(config_cls: type) -> list[ParamSpec]:
    """The ParamSpec of every field declared with :func:`param`, in declaration order."""
    specs = []
    hints = _resolved_types(config_cls)
    for f in dataclasses.fields(config_cls):
        meta = f.metadata.get("param")
        if meta is None:
            continue
        specs.append(ParamSpec(name=f.name, default=f.default, kind=hints[f.name], **meta))
    return specs


def _resolved_types(config_cls: type) -> dict[str, type]:
    """Map each field to its base Python type (int, float, str, bool, or tuple for a list of names), unwrapping
    ``X | None``."""
    import typing

    out: dict[str, type] = {}
    for name, hint in typing.get_type_hints(config_cls).items():
        if typing.get_origin(hint) is tuple:
            out[name] = tuple
            continue
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        out[name] = args[0] if args else hint
    return out


def validate(config: ConfigT) -> ConfigT:
    """Check every field against its bounds and choices; raise InputError naming the first bad one."""
    for spec in param_specs(type(config)):
        value = getattr(config, spec.name)
        if value is None:
            if spec.optional:
                continue
            raise InputError(translatable("Engine", "{label} must be set."), label=Message.marked("Param", spec.label))
        if spec.choices is not None and value not in spec.choices:
            options = ", ".join(str(c) for c in spec.choices)
            raise InputError(translatable("Engine", "{label} must be one of {options}; got {value!r}."),
                             label=Message.marked("Param", spec.label), options=options, value=value)
        if spec.kind in (int, float):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
                raise InputError(translatable("Engine", "{label} must be a number; got {value!r}."),
                                 label=Message.marked("Param", spec.label), value=value)
            if spec.low is not None and value < spec.low:
                raise InputError(translatable("Engine", "{label} must be at least {low}; got "
                                                        "{value:g}."),
                                 label=Message.marked("Param", spec.label), low=format_number(spec.low), value=value)
            if spec.high is not None and value > spec.high:
                raise InputError(translatable("Engine", "{label} must be at most {high}; got "
                                                        "{value:g}."),
                                 label=Message.marked("Param", spec.label), high=format_number(spec.high), value=value)
    return config
