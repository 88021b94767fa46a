"""A lab report as one self-contained HTML file: title, date, software versions, the run's settings, figures,
metrics and notes, with a print style sheet. Nothing is loaded from outside: figures are inline SVG (raster parts as
data URIs), the style sheet is inline, and a Content-Security-Policy forbids any other source.

Sections hold HTML fragments built with the helpers here, which escape every piece of text they are given.
"""

from __future__ import annotations

import html
import os
import platform
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from typing import Any, Sequence

from rnnlab.engine.atomic import atomic_path
from rnnlab.engine.params import param_specs
from rnnlab.engine.report.run_settings import RunSettings, device_text
from rnnlab.engine.translations import filled, is_right_to_left, language, translate

_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
_STYLE = """
body{font-family:Helvetica,Arial,sans-serif;max-width:980px;margin:24px auto;padding:0 16px;color:#1b1b1b;
line-height:1.45}
h1{font-size:1.7em;margin-bottom:.2em}h2{font-size:1.25em;border-bottom:1px solid #ccc;padding-bottom:.15em;
margin-top:1.6em}h3{font-size:1.05em;margin:1em 0 .3em}
.meta{color:#555;margin-top:0}table{border-collapse:collapse;margin:.4em 0 1em;font-size:.92em}
th,td{border:1px solid #d0d0d0;padding:3px 8px;text-align:start;vertical-align:top}th{background:#f3f3f3}
td.num{text-align:end;font-variant-numeric:tabular-nums}tr.changed td{font-weight:bold}
pre.metrics,pre.command{background:#f6f8fa;border:1px solid #d8dee4;padding:8px 10px;white-space:pre-wrap;
font-size:.9em;direction:ltr;text-align:left}pre.command{overflow-wrap:anywhere}
figure svg,code{direction:ltr;unicode-bidi:isolate}[dir=rtl] body{font-family:Vazirmatn,Tahoma,"Noto Sans Arabic",
"Segoe UI",sans-serif}[dir=rtl] td,[dir=rtl] th{unicode-bidi:plaintext}
figure{margin:1em 0 1.4em}figure svg{width:100%;height:auto;display:block}figure svg.matrix{width:auto;max-width:100%}
figcaption{color:#444;font-size:.9em;margin-top:.3em}.formula{font-family:'Times New Roman',serif;font-size:1.08em;
margin-block:.3em;margin-inline-start:1.2em}.note{color:#7a4b00}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:0 18px}
@media (max-width:760px){.grid2{display:block}}
@page{margin:14mm}
@media print{body{max-width:none;margin:0;padding:0;font-size:10.5pt}h2{break-after:avoid}
figure,table,pre{break-inside:avoid}.grid2{display:block}a{color:inherit;text-decoration:none}}
"""


@dataclass
class Section:
    """One heading and the HTML fragments under it (already escaped: build them with the helpers below)."""

    heading: str
    blocks: list[str] = field(default_factory=list)


@dataclass
class Report:
    """Everything one report shows; :func:`render` turns it into the HTML text."""

    title: str
    kind: str
    sections: list[Section]
    created: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class Html(str):
    """A fragment that is already HTML (built here from trusted text), inserted as it is."""


def _text(value: str) -> str:
    return value if isinstance(value, Html) else html.escape(value)


def subscripted(text: str) -> Html:
    """Escape ``text`` and turn TeX-like subscripts (``c_t``, ``c_{t−1}``) into <sub>: for formulas written here,
    never for user text (a file name such as Google_Stock would gain a subscript)."""
    escaped = html.escape(text)
    return Html(re.sub(r"_\{([^}]*)\}|_(\w)", lambda m: f"<sub>{m.group(1) or m.group(2)}</sub>", escaped))


def paragraph(text: str, css_class: str = "") -> str:
    """A paragraph of plain text (escaped)."""
    attribute = f' class="{css_class}"' if css_class else ""
    return f"<p{attribute}>{_text(text)}</p>"


def table(header: Sequence[str], rows: Sequence[Sequence[Any]], row_classes: Sequence[str] = ()) -> str:
    """A table of plain values (escaped); numbers are right-aligned."""
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
    body = []
    for k, row in enumerate(rows):
        css = row_classes[k] if k < len(row_classes) and row_classes[k] else ""
        cells = "".join(_cell(value) for value in row)
        body.append(f'<tr class="{css}">{cells}</tr>' if css else f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _cell(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f'<td class="num">{html.escape(str(value))}</td>'
    return f"<td>{html.escape(str(value))}</td>"


def figure(svg: str, title: str, caption: str) -> str:
    """A drawn figure (an ``<svg>`` made by this package) under a bold title, with a caption (plain text, or
    :class:`Html`)."""
    return f"<figure><h3>{_text(title)}</h3>{svg}<figcaption>{_text(caption)}</figcaption></figure>"


def metrics_block(lines: Sequence[str]) -> str:
    """The metrics exactly as the command line printed them, one line each."""
    return '<pre class="metrics">' + "\n".join(html.escape(line) for line in lines) + "</pre>"


def settings_table(run: RunSettings) -> str:
    """Every setting of the run: its inputs outside the configuration (files, compare mode, preset), then each field
    of the configuration, with label, value, command-line flag and default (the preset's value when the run started
    from one); rows that changed the run are bold. Below, the command line that runs it again."""
    rows, classes = [], []
    for run_input in run.inputs:
        rows.append([run_input.label, run_input.value, run_input.flag, run_input.default or "off"])
        classes.append("changed" if run_input.arguments and run_input.flag.startswith("--") else "")
    for spec in param_specs(type(run.config)):
        value = _value_text(getattr(run.config, spec.name), spec.none_text)
        if spec.name == "device":
            value = device_text(getattr(run.config, spec.name), run.device_used)
        if spec.name in run.not_applied:
            value += filled(translate("report.document", " (not used: {reason})"), reason=run.not_applied[spec.name])
        rows.append([translate("Param", spec.label), value, spec.flag, _value_text(run.reference(spec),
                                                                                   spec.none_text)])
        classes.append("changed" if run.changed(spec) else "")
    reference = (filled(translate("report.document", "Value of the {base}"), base=run.base_name) if run.base is not None
                 else translate("report.document", "Default"))
    settings = table([translate("report.document", "Setting"), translate("report.document", "Value"),
                      translate("report.document", "Flag"), reference], rows, classes)
    if run.unrepeatable:
        return settings + paragraph(filled(translate("report.document", "No command line runs this again: {why}."),
                                           why=run.unrepeatable))
    return (settings + paragraph(translate("report.document", "The same run from the command line:"))
            + f'<pre class="command">{html.escape(run.command_line())}</pre>')


def _value_text(value: Any, none_text: str = "off") -> str:
    """A setting's value as the form shows it: None as its ``none_text`` ("off", or "auto" for Epochs), a switch as
    on or off."""
    if value is None:
        return none_text
    if value is False:
        return "off"
    if value is True:
        return "on"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value) or "(none)"
    if value == "":
        return "(empty)"
    return str(value)


def software_versions() -> list[tuple[str, str]]:
    """RNN Lab, Python, torch, numpy and Qt (PySide6) versions, read from package metadata (Qt is not imported)."""
    import rnnlab

    rows = [("RNN Lab", rnnlab.__version__), ("Python", platform.python_version())]
    packages = (("torch", ("torch",)), ("numpy", ("numpy",)), ("Qt (PySide6)", ("PySide6-Essentials", "PySide6")))
    for label, names in packages:
        rows.append((label, _installed_version(names)))
    rows.append(("Platform", f"{platform.system()} {platform.release()} ({platform.machine()})"))
    return rows


def _installed_version(names: Sequence[str]) -> str:
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return "not installed"


def render(report: Report) -> str:
    """The report as one HTML document (UTF-8 text)."""
    stamp = report.created.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    versions = ", ".join(f"{name} {version}" for name, version in software_versions())
    written = filled(translate("report.document", "{kind} · written {stamp} by RNN Lab"), kind=report.kind,
                     stamp=stamp)
    body = [f"<header><h1>{html.escape(report.title)}</h1>", f'<p class="meta">{html.escape(written)}</p></header>']
    for section in report.sections:
        body.append(f"<section><h2>{html.escape(section.heading)}</h2>{''.join(section.blocks)}</section>")
    software = table([translate("report.document", "Package"), translate("report.document", "Version")],
                     software_versions())
    heading = translate("report.document", "Software")
    body.append(f"<section><h2>{html.escape(heading)}</h2>{software}</section>")
    direction = "rtl" if is_right_to_left() else "ltr"
    return (f'<!DOCTYPE html>\n<html lang="{language()}" dir="{direction}"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="{html.escape("RNN Lab " + versions)}">'
            f"<title>{html.escape(report.title)}</title><style>{_STYLE}</style></head>\n<body>\n"
            + "\n".join(body) + "\n</body></html>\n")


def write_report(report: Report, path: str | os.PathLike[str]) -> None:
    """Render ``report`` and write it to ``path`` atomically (a crash never leaves half a file over a good one; a
    failed write is an OutputError saying why)."""
    text = render(report)
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
