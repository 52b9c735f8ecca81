"""The line-marker format: ``--explain`` output, ``newsclean annotate`` drafts and gold files.

One input line per output line::

    M LABEL      [pass: evidence] | original text

``M`` is the marker (``" "`` kept or blank, ``"="`` extracted into metadata,
``"-"`` removed), ``LABEL`` a :class:`~newsclean.model.Label` value padded to 10
columns, the optional bracket holds the deciding pass and its evidence (ignored
when reading), and everything after the first ``"| "`` is the line exactly as it
was in the page. A gold file may start with ``# key: value`` header lines
(``title``, ``authors`` separated by ``;``, ``published``, ``section``,
``is_article``, ``language``, ``renderer``, ``purpose``, ``captions`` separated by
`` || ``). See corpus/README.md.

>>> print(format_line(" ", "body", "Hello world."), end="")
  body       | Hello world.
>>> parse_marked_line("- nav        [nav_menu: run of 5 short lines] | News")
('-', 'nav', 'News')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .model import Article, Label, LineResult, mark_of

__all__ = [
    "format_line",
    "format_result",
    "explain",
    "parse_marked_line",
    "GoldPage",
    "GoldError",
    "parse_gold",
]

LABEL_WIDTH = 10
_LINE = re.compile(r"^([ =\-]) ([a-z_]+) *(?:\[[^\]\n]*\] *)?\|(?: (.*))?$")
_HEADER = re.compile(r"^# ?([a-z_]+): ?(.*)$")
_VALID_LABELS = {lab.value for lab in Label}


def _sanitize(evidence: str) -> str:
    # The bracket must not close early and the "| " separator must stay unique.
    return evidence.replace("]", ")").replace("|", "¦").replace("\n", " ")


def format_line(mark: str, label: str, text: str, evidence: str | None = None) -> str:
    """Format one line of the marker format (with a trailing newline)."""
    ev = f"[{_sanitize(evidence)}] " if evidence else ""
    return f"{mark} {label:<{LABEL_WIDTH}} {ev}| {text}\n"


def format_result(r: LineResult, *, evidence: bool = True) -> str:
    ev = f"{r.pass_name}: {r.evidence}" if evidence and r.pass_name else None
    return format_line(mark_of(r.label), r.label.value, r.text, ev)


def explain(article: Article, *, evidence: bool = True, header: bool = False) -> str:
    """The whole page in the marker format. With ``header=True`` the extracted
    metadata is written as ``# key: value`` lines first (the gold-file header)."""
    out: list[str] = []
    if header:
        out.extend(_header_lines(article))
    out.extend(format_result(r, evidence=evidence) for r in article.lines)
    return "".join(out)


def _header_lines(a: Article) -> Iterable[str]:
    yield f"# is_article: {'true' if a.is_article else 'false'}\n"
    if a.title:
        yield f"# title: {a.title}\n"
    if a.authors:
        yield f"# authors: {'; '.join(a.authors)}\n"
    if a.published:
        yield f"# published: {a.published.isoformat()[:10]}\n"
    if a.section:
        yield f"# section: {a.section}\n"
    if a.language:
        yield f"# language: {a.language}\n"


def parse_marked_line(line: str) -> tuple[str, str, str] | None:
    """``(mark, label, text)`` of one marker-format line, or None if malformed."""
    m = _LINE.match(line.rstrip("\n"))
    if not m:
        return None
    return m.group(1), m.group(2), m.group(3) or ""


class GoldError(ValueError):
    """A gold file is malformed; the message lists every problem with its line number."""


@dataclass(frozen=True, slots=True)
class GoldPage:
    """A parsed gold file: the page text, one label per line, and header metadata."""

    labels: tuple[Label, ...]
    lines: tuple[str, ...]
    header: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The page as it was scraped (what ``clean()`` receives)."""
        return "\n".join(self.lines)

    @property
    def body_lines(self) -> list[str]:
        return [t for t, lab in zip(self.lines, self.labels) if lab in (Label.BODY, Label.HEADING)]

    @property
    def body(self) -> str:
        """The gold article text, in the same shape as ``Article.text``."""
        return "\n\n".join(" ".join(t.split()) for t in self.body_lines if t.strip())

    @property
    def is_article(self) -> bool:
        return self.header.get("is_article", "true").strip().lower() != "false"

    def meta(self, key: str) -> str | None:
        v = self.header.get(key)
        return v.strip() if v and v.strip() else None

    @property
    def authors(self) -> list[str]:
        v = self.meta("authors")
        return [a.strip() for a in v.split(";") if a.strip()] if v else []


def parse_gold(text: str, *, name: str = "<gold>") -> GoldPage:
    """Parse and validate a gold file. Raises :class:`GoldError` naming each bad line.

    Checks: every line parses; the label is known; the marker agrees with the
    label (a line can't be both kept and removed); blank lines carry ``blank``
    and ``blank`` lines are blank; header keys are known.
    """
    labels: list[Label] = []
    lines: list[str] = []
    header: dict[str, str] = {}
    errors: list[str] = []
    in_header = True
    for no, raw in enumerate(text.splitlines(), 1):
        if in_header and raw.startswith("#"):
            m = _HEADER.match(raw)
            if not m:
                errors.append(f"{name}:{no}: header line is not '# key: value': {raw[:60]!r}")
            elif m.group(1) not in _HEADER_KEYS:
                errors.append(
                    f"{name}:{no}: unknown header key {m.group(1)!r} "
                    f"(known: {', '.join(sorted(_HEADER_KEYS))})"
                )
            else:
                header[m.group(1)] = m.group(2)
            continue
        in_header = False
        parsed = parse_marked_line(raw)
        if parsed is None:
            errors.append(
                f"{name}:{no}: not in the marker format 'M label      | text': {raw[:60]!r}"
            )
            continue
        mark, lab, body = parsed
        if lab not in _VALID_LABELS:
            errors.append(f"{name}:{no}: unknown label {lab!r}")
            continue
        label = Label(lab)
        if mark_of(label) != mark:
            errors.append(
                f"{name}:{no}: marker {mark!r} contradicts label {lab!r} "
                f"(expected {mark_of(label)!r})"
            )
        if (label is Label.BLANK) != (not body.strip()):
            what = "blank line must be labelled 'blank'" if not body.strip() else (
                "'blank' label on a line with text")
            errors.append(f"{name}:{no}: {what}")
        labels.append(label)
        lines.append(body)
    if "is_article" in header and header["is_article"].strip().lower() not in ("true", "false"):
        errors.append(f"{name}: header is_article must be 'true' or 'false'")
    if not lines:
        errors.append(f"{name}: no page lines")
    if errors:
        raise GoldError("\n".join(errors))
    return GoldPage(tuple(labels), tuple(lines), header)


_HEADER_KEYS = frozenset(
    {
        "renderer",
        "language",
        "purpose",
        "source",
        "is_article",
        "title",
        "subtitle",
        "authors",
        "published",
        "section",
        "captions",
        "flags",
    }
)
