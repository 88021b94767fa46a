"""What every lab report must be, checked the same way by the engine, CLI and GUI tests: valid HTML that loads
nothing from outside and embeds its figures."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

FORBIDDEN_TAGS = {"script", "link", "iframe", "object", "embed", "base", "frame", "audio", "video", "source"}


@dataclass
class ParsedReport:
    """Tags, the values of every URL-bearing attribute, and the text of the metrics block."""

    tags: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    metrics_text: str = ""
    figure_titles: list[str] = field(default_factory=list)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.report = ParsedReport()
        self._in_metrics = False
        self._title: str | None = None
        self._open: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.report.tags.append(tag)
        attributes = dict(attrs)
        for name in ("src", "href", "xlink:href", "action", "data", "poster", "srcset"):
            if name in attributes:
                self.report.references.append(attributes[name] or "")
        if tag == "pre":
            self._in_metrics = attributes.get("class") == "metrics"
        if tag == "h3" and self._open and self._open[-1] == "figure":
            self._title = ""
        if tag not in ("meta", "image", "rect", "line", "polyline", "polygon", "path", "br"):
            self._open.append(tag)

    def handle_endtag(self, tag):
        if self._open and self._open[-1] == tag:
            self._open.pop()
        if tag == "pre":
            self._in_metrics = False
        if tag == "h3" and self._title is not None:
            self.report.figure_titles.append(self._title)
            self._title = None

    def handle_data(self, data):
        if self._in_metrics:
            self.report.metrics_text += data
        if self._title is not None:
            self._title += data


def parse_report(text: str) -> ParsedReport:
    """Parse the document (html.parser raises nothing on bad HTML, so the structure is checked too)."""
    assert text.startswith("<!DOCTYPE html>")
    assert text.rstrip().endswith("</html>")
    collector = _Collector()
    collector.feed(text)
    collector.close()
    return collector.report


def assert_self_contained(text: str) -> ParsedReport:
    """No script, stylesheet, font or image from outside: every reference is a data: URI or an in-page fragment."""
    parsed = parse_report(text)
    assert not FORBIDDEN_TAGS & set(parsed.tags), FORBIDDEN_TAGS & set(parsed.tags)
    for reference in parsed.references:
        assert reference.startswith(("data:", "#")), reference
    lowered = re.sub(r"data:[a-z/+.-]+;base64,[a-z0-9+/=]+", "data:", text.lower())
    for needle in ("http:", "https:", "//", "@import", "@font-face"):
        assert needle not in lowered, needle
    assert not re.search(r"url\((?!#)", lowered), "a CSS url() pointing outside the page"
    assert "default-src 'none'" in text
    assert "@media print" in text
    return parsed


def assert_states_metrics(parsed: ParsedReport, printed: str) -> None:
    """Every line the command line printed on stdout appears verbatim in the report's metrics block."""
    lines = [line for line in printed.splitlines() if line.strip()]
    assert lines
    quoted = html.unescape(parsed.metrics_text).splitlines()
    for line in lines:
        assert line in quoted, f"{line!r} not in the report's metrics"
