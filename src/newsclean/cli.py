"""The ``newsclean`` command.

::

    newsclean PAGE.txt                       # the article text
    newsclean PAGE.txt --explain             # every line, its label and why
    newsclean PAGE.txt --json                # the whole Article as JSON
    newsclean pages.jsonl.gz -o out.jsonl --jobs 4 --resume
    newsclean crawl.warc.wet.gz -o out.jsonl
    newsclean annotate PAGE.txt > PAGE.gold  # a draft gold file to correct
    newsclean validate corpus/pages/*.gold   # check gold files

``newsclean FILE`` is short for ``newsclean clean FILE``; a file literally named
``clean``, ``annotate`` or ``validate`` needs the explicit form (or ``./clean``).

Output formats: ``text`` (the article text; with several pages each one follows
a ``==> ID <==`` line), ``jsonl`` (one JSON object per page: ``id``, the carried
input fields such as ``url``, then ``Article.to_dict(lines=False)``; ``--lines``
adds the per-line results), ``explain`` (every input line in the marker format
of :mod:`newsclean.explain`, coloured on a terminal) and ``--json`` (one page's
whole Article, indented). The default is ``text`` for text files and ``jsonl``
for JSONL and WARC input.

Nothing is lost: a page that cannot be read or cleaned becomes an error record
``{"id", "error", "source", "line" | "offset", ...carried fields}`` in its place
(in text output: a ``==> ID <== (error: ...)`` line), the first few errors are
echoed on stderr, and the exit status is 1 unless ``--keep-going``.

``--resume -o OUT`` reads the ids already in OUT (cutting off a partial last
line left by a killed run), skips that many input records with each id, and
appends the rest: an interrupted run continues without loss or duplicates, as
long as the inputs are the same. Each record is written with one ``write()``.

Exit status: 0 when every page was read and cleaned; 1 when some page became
an error record (0 with ``--keep-going``) or a gold file is invalid; 2 on a
usage error; 130 when interrupted; 141 when the reader of the output went away.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Final, Literal, TextIO

from . import __version__
from .batch import DEFAULT_CHUNKSIZE, ordered_map
from .config import Config
from .explain import GoldError, explain, format_result, parse_gold
from .io import (
    LineWriter,
    MissingExtraError,
    ReadOptions,
    ReadStats,
    Record,
    detect_kind,
    dumps_line,
    merge_fields,
    read_done_ids,
    read_path,
    read_records,
    require_extra,
)
from .model import EXTRACTED_LABELS, REMOVED_LABELS, Article, LineResult
from .pipeline import clean

__all__ = ["main"]

Mode = Literal["text", "jsonl", "json", "explain"]
Status = Literal["article", "not_article", "error"]

PROG: Final = "newsclean"
COMMANDS: Final = ("clean", "annotate", "validate")
PRESETS: Final[dict[str, Callable[[], Config]]] = {
    "balanced": Config.balanced,
    "precision": Config.precision,
    "recall": Config.recall,
}
#: Errors echoed to stderr before the rest are only counted (they are all in the output).
_MAX_ECHOED_ERRORS: Final = 20

EXIT_OK: Final = 0
EXIT_ERRORS: Final = 1
EXIT_USAGE: Final = 2
EXIT_INTERRUPTED: Final = 130
EXIT_BROKEN_PIPE: Final = 141


class UsageError(Exception):
    """A problem with the command line itself; the message says what to do."""


# ---------------------------------------------------------------------------
# Colour


_RESET: Final = "\x1b[0m"
_HEADER_STYLE: Final = "\x1b[1m"  # bold: the ==> id <== line between pages
_EXTRACTED_STYLE: Final = "\x1b[36m"  # cyan: metadata taken out of the body
_REMOVED_STYLE: Final[dict[str, str]] = {  # dim, coloured by kind of boilerplate
    "nav": "\x1b[2;34m",
    "breadcrumb": "\x1b[2;34m",
    "footer": "\x1b[2;34m",
    "trending": "\x1b[2;33m",
    "related": "\x1b[2;33m",
    "share": "\x1b[2;35m",
    "ad": "\x1b[2;35m",
    "newsletter": "\x1b[2;35m",
    "cookie": "\x1b[2;35m",
    "paywall": "\x1b[2;31m",
    "comments": "\x1b[2;32m",
}
_REMOVED_DEFAULT: Final = "\x1b[2m"
#: C0 controls (but tab) and DEL: page text must not drive the terminal.
_CONTROL_MAP: Final = {c: f"\\x{c:02x}" for c in [*range(0x00, 0x09), *range(0x0A, 0x20), 0x7F]}


def use_color(choice: str, stream: TextIO) -> bool:
    """``--color auto`` means: a terminal, and ``NO_COLOR`` unset (no-color.org)."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def color_line(r: LineResult, line: str) -> str:
    """One ``--explain`` line styled by its fate: kept plain, extracted in cyan,
    removed dim and coloured by kind. Control characters are shown escaped."""
    body = line.rstrip("\n").translate(_CONTROL_MAP)
    if r.label in EXTRACTED_LABELS:
        return f"{_EXTRACTED_STYLE}{body}{_RESET}\n"
    if r.label in REMOVED_LABELS:
        return f"{_REMOVED_STYLE.get(r.label.value, _REMOVED_DEFAULT)}{body}{_RESET}\n"
    return body + "\n"


# ---------------------------------------------------------------------------
# Turning one record into output (runs in worker processes)


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """How each record is written: ``mode``, whether JSON carries the per-line
    results (``lines``), whether several records share the output (``multi``:
    text and explain output get a ``==> id <==`` header) and ``color``."""

    mode: Mode
    lines: bool = False
    multi: bool = False
    color: bool = False


@dataclass(frozen=True, slots=True)
class Rendered:
    """A record's output bytes and what happened to it."""

    data: bytes
    status: Status
    id: object
    error: str | None = None
    note: str | None = None


def error_record(rec: Record, error: str) -> dict[str, object]:
    """The JSON record that stands in for a page that could not be read or cleaned."""
    head: dict[str, object] = {"id": rec.id, "error": error, "source": rec.source}
    if rec.line is not None:
        head["line"] = rec.line
    if rec.offset is not None:
        head["offset"] = rec.offset
    return merge_fields(head, rec.fields, {})


def _header(rec_id: object, note: str = "") -> str:
    head = f"==> {rec_id} <=={f' ({note})' if note else ''}"
    return head.translate(_CONTROL_MAP) + "\n"  # an id with a line break stays one line


def render_article(rec: Record, art: Article, opts: RenderOptions) -> bytes:
    """The output bytes of a cleaned page in the chosen mode."""
    if opts.mode == "json":  # a single page: the whole Article, readable
        return _pretty_json(art.to_dict(lines=True))
    if opts.mode == "jsonl":
        return dumps_line(merge_fields({"id": rec.id}, rec.fields, art.to_dict(lines=opts.lines)))
    if opts.mode == "explain":
        head = _header(rec.id, _verdict_note(art))
        if opts.color:
            head = f"{_HEADER_STYLE}{head.rstrip()}{_RESET}\n"
        out = [head] if opts.multi else []
        for r in art.lines:
            line = format_result(r, evidence=True)
            out.append(color_line(r, line) if opts.color else line)
        return _utf8("".join(out) + ("\n" if opts.multi else ""))
    if opts.multi:
        body = f"{art.text}\n" if art.text else ""
        return _utf8(_header(rec.id, _verdict_note(art)) + body + "\n")
    return _utf8(f"{art.text}\n" if art.text else "")


def render_error(rec: Record, error: str, opts: RenderOptions) -> bytes:
    """The output bytes of a page that could not be read or cleaned."""
    if opts.mode in ("jsonl", "json"):
        return dumps_line(error_record(rec, error))
    if opts.multi:
        return _utf8(_header(rec.id, f"error: {error}") + "\n")
    return b""  # a single page: the error goes to stderr only


def _utf8(s: str) -> bytes:
    # Lone surrogates (possible in JSON input) cannot be UTF-8: they become "?".
    return s.encode("utf-8", "replace")


def _pretty_json(obj: Mapping[str, object]) -> bytes:
    try:
        return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(obj, ensure_ascii=True, indent=2) + "\n").encode("ascii")


def _verdict_note(art: Article) -> str:
    if art.is_article:
        return "timed out" if art.timed_out else ""
    return f"not an article: {art.not_article_reason or 'no reason given'}"


def process(rec: Record, config: Config, opts: RenderOptions) -> Rendered:
    """Clean one record and render it; never raises for a bad page."""
    if rec.error is not None or rec.text is None:
        error = rec.error or "no text"
        return Rendered(render_error(rec, error, opts), "error", rec.id, error)
    try:
        art = clean(rec.text, config=config)
        data = render_article(rec, art, opts)
    except Exception as e:  # a bug in a pass must not stop a batch run
        error = f"clean() failed: {type(e).__name__}: {e}"
        return Rendered(render_error(rec, error, opts), "error", rec.id, error)
    status: Status = "article" if art.is_article else "not_article"
    note = None if art.is_article else _verdict_note(art)
    return Rendered(data, status, rec.id, note=note)


# ---------------------------------------------------------------------------
# Argument parsing


def _add_config_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("tuning")
    g.add_argument("--config", choices=sorted(PRESETS), default="balanced",
                   help="preset: balanced (default), precision (removes more) or recall "
                        "(keeps more)")
    g.add_argument("--disable", action="append", default=[], metavar="PASS",
                   help=f"skip a pass (repeatable), one of: {', '.join(_pass_names())}")
    g.add_argument("--preview", action="append", nargs="?", const="all", metavar="RULE",
                   help="switch preview rules on: all of them, or the named one (repeatable)")
    g.add_argument("--max-seconds", type=_positive_float, metavar="S",
                   help="time budget per page; past it the page is finished cheaply")


def _add_read_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("input")
    g.add_argument("--input-format", choices=("auto", "text", "jsonl", "warc"), default="auto",
                   help="how to read inputs (auto: from the file name; - is text)")
    g.add_argument("--field", default="text", help="JSONL field holding the page (default: text)")
    g.add_argument("--encoding", default="utf-8", help="encoding of text input (default: utf-8)")
    g.add_argument("--errors", choices=("strict", "replace"), default="strict",
                   help="undecodable bytes: strict makes the page an error record (default), "
                        "replace turns them into U+FFFD")


def _pass_names() -> list[str]:
    from . import config as config_module

    return sorted(getattr(config_module, "PASS_NAMES", ()))


def _positive_float(s: str) -> float:
    v = float(s)
    if not v > 0:
        raise argparse.ArgumentTypeError(f"must be > 0, got {s}")
    return v


def _nonneg_int(s: str) -> int:
    v = int(s)
    if v < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {s}")
    return v


def _positive_int(s: str) -> int:
    v = int(s)
    if v < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1, got {s}")
    return v


def clean_parser() -> argparse.ArgumentParser:
    """The parser of ``newsclean [clean] INPUT...``."""
    p = argparse.ArgumentParser(
        prog=PROG,
        usage="%(prog)s [clean] [options] INPUT...\n"
              "       %(prog)s annotate [options] PAGE.txt...\n"
              "       %(prog)s validate GOLD...",
        description="Extract the article from the plain text of scraped news pages.",
        epilog="Other commands: 'newsclean annotate PAGE.txt' writes a draft gold file; "
               "'newsclean validate GOLD...' checks gold files. "
               "Inputs: text files (one page each; - is stdin), JSONL(.gz) with one page per "
               "line, WARC/WET files (needs: pip install \"newsclean[cli]\").",
    )
    p.add_argument("inputs", nargs="*", metavar="INPUT",
                   help="text file, - (stdin), .jsonl[.gz], .warc[.gz] or .warc.wet.gz")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    out = p.add_argument_group("output")
    out.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    out.add_argument("--format", choices=("text", "jsonl", "explain"),
                     help="text: article text; jsonl: one JSON record per page; explain: "
                          "every line with its label and evidence (default: text for text "
                          "files, jsonl for JSONL and WARC input)")
    out.add_argument("--json", action="store_true",
                     help="the whole Article as JSON, per-line results included")
    out.add_argument("--explain", action="store_true", help="same as --format explain")
    out.add_argument("--lines", action="store_true", help="include per-line results in JSONL")
    out.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                     help="colour --explain output (auto: on a terminal, unless NO_COLOR is set)")
    _add_read_args(p)
    _add_config_args(p)
    run = p.add_argument_group("batch")
    run.add_argument("-j", "--jobs", type=_nonneg_int, default=1, metavar="N",
                     help="worker processes (0: one per CPU; default 1)")
    run.add_argument("--chunksize", type=_positive_int, default=DEFAULT_CHUNKSIZE,
                     metavar="N", help=f"pages per task sent to a worker (default "
                                       f"{DEFAULT_CHUNKSIZE})")
    run.add_argument("--resume", action="store_true",
                     help="with -o: skip pages whose id is already in OUT and append the rest")
    run.add_argument("--keep-going", action="store_true",
                     help="exit 0 even when some pages became error records")
    run.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                     help="progress bar on stderr (default: when stderr is a terminal)")
    run.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    return p


def annotate_parser() -> argparse.ArgumentParser:
    """The parser of ``newsclean annotate PAGE.txt...``."""
    p = argparse.ArgumentParser(
        prog=f"{PROG} annotate",
        description="Write a draft gold file (the --explain format with a '# key: value' "
                    "header) for a person to correct. One page: to stdout or -o; several "
                    "pages: --write puts PAGE.gold beside each PAGE.txt.",
    )
    p.add_argument("pages", nargs="+", metavar="PAGE.txt")
    p.add_argument("-o", "--output", metavar="GOLD", help="write the draft here (one page only)")
    p.add_argument("-w", "--write", action="store_true", help="write PAGE.gold beside each page")
    p.add_argument("--force", action="store_true", help="with --write: overwrite .gold files")
    p.add_argument("--encoding", default="utf-8", help="encoding of the pages (default: utf-8)")
    _add_config_args(p)
    return p


def validate_parser() -> argparse.ArgumentParser:
    """The parser of ``newsclean validate GOLD...``."""
    p = argparse.ArgumentParser(
        prog=f"{PROG} validate",
        description="Check gold files: every line parses, labels and markers agree, header "
                    "keys are known, and when PAGE.txt sits beside PAGE.gold its lines equal "
                    "the gold's page lines. Prints each problem as FILE:LINE: message.",
    )
    p.add_argument("golds", nargs="+", metavar="GOLD")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    return p


def build_config(args: argparse.Namespace) -> Config:
    """The Config the options ask for (preset, disabled passes, preview rules, budget)."""
    config = PRESETS[args.config]()
    changes: dict[str, object] = {}
    if args.disable:
        changes["disabled"] = config.disabled | frozenset(args.disable)
    if args.max_seconds is not None:
        changes["max_seconds"] = args.max_seconds
    if args.preview:
        field_names = {f.name for f in dataclasses.fields(Config)}
        if "preview" not in field_names:
            _warn("--preview ignored: this version of newsclean has no preview rules")
        else:
            changes["preview"] = _preview_rules(args.preview)
    try:
        return dataclasses.replace(config, **changes)  # type: ignore[arg-type]
    except (ValueError, TypeError) as e:
        raise UsageError(str(e)) from e


def _preview_rules(names: Sequence[str]) -> frozenset[str]:
    from . import config as config_module

    known: frozenset[str] = getattr(config_module, "PREVIEW_RULES", frozenset())
    wanted = set(names)
    if "all" in wanted:
        wanted.discard("all")
        wanted |= known
    return frozenset(wanted)


def _warn(msg: str) -> None:
    print(f"{PROG}: {msg}", file=sys.stderr)


# ---------------------------------------------------------------------------
# clean


@dataclass
class Summary:
    """Counts for the end-of-run summary line."""

    pages: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    resumed: int = 0
    started: float = field(default_factory=time.perf_counter)

    def add(self, status: Status) -> None:
        self.pages += 1
        self.statuses[status] += 1

    @property
    def errors(self) -> int:
        return self.statuses["error"]

    def line(self, stats: ReadStats) -> str:
        secs = max(time.perf_counter() - self.started, 1e-9)
        parts = [
            _plural(self.pages, "page"),
            _plural(self.statuses["article"], "article"),
            _plural(self.statuses["not_article"], "not article"),
            _plural(self.errors, "error"),
        ]
        if self.resumed:
            parts.append(f"{self.resumed} already done (resumed)")
        skipped = sum(stats.skipped_warc.values())
        if skipped:
            kinds = ", ".join(f"{n} {k}" for k, n in stats.skipped_warc.most_common(3))
            parts.append(f"{_plural(skipped, 'non-text WARC record')} skipped ({kinds})")
        return f"{PROG}: {', '.join(parts)} in {secs:.1f}s ({self.pages / secs:.1f} pages/s)"


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _mode(args: argparse.Namespace, kinds: Sequence[str]) -> Mode:
    chosen = [m for m, on in (("json", args.json), ("explain", args.explain)) if on]
    if args.format:
        chosen.append(args.format)
    if len(set(chosen)) > 1:
        raise UsageError(f"choose one output format, not {' and '.join(sorted(set(chosen)))}")
    if chosen:
        return chosen[0]  # type: ignore[return-value]
    return "jsonl" if any(k != "text" for k in kinds) else "text"


def _skip_done(records: Iterator[Record], done: Counter[object], summary: Summary
               ) -> Iterator[Record]:
    """Drop records whose id is already in the output (each written copy once)."""
    for rec in records:
        if done[rec.id] > 0:
            done[rec.id] -= 1
            summary.resumed += 1
            continue
        yield rec


def _progress(enabled: bool | None) -> object | None:
    """A tqdm bar on stderr, or None. ``enabled=None``: only when stderr is a
    terminal and tqdm is installed (an explicit ``--progress`` insists on it)."""
    if enabled is None:
        enabled = sys.stderr.isatty() and importlib.util.find_spec("tqdm") is not None
    if not enabled:
        return None
    require_extra("tqdm", "cli", "The progress bar")
    from tqdm import tqdm  # type: ignore[import-untyped,unused-ignore]

    # No monitor thread: worker processes may be forked after the bar exists,
    # and forking a multi-threaded process risks deadlocks.
    tqdm.monitor_interval = 0
    bar: object = tqdm(unit=" pages", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
    return bar


@dataclass(frozen=True, slots=True)
class CleanPlan:
    """What a ``clean`` run will do, settled from the options before any work."""

    inputs: list[str]
    read: ReadOptions
    render: RenderOptions
    config: Config


def plan_clean(args: argparse.Namespace) -> CleanPlan:
    """Check the options of ``newsclean [clean]`` and settle inputs, output
    format and Config; raises :class:`UsageError` saying what to change."""
    inputs: list[str] = args.inputs or ["-"]
    if not args.inputs and sys.stdin.isatty():
        raise UsageError("no input: give one or more files, or - to read standard input")
    read_opts = _read_options(args)
    kinds = [read_opts.kind if read_opts.kind != "auto" else detect_kind(p) for p in inputs]
    mode = _mode(args, kinds)
    multi = len(inputs) > 1 or any(k != "text" for k in kinds)
    lines = args.lines
    if mode == "json" and (multi or args.resume):
        mode, lines = "jsonl", True  # the whole Article per page, one JSON line each
    if args.resume and (not args.output or mode != "jsonl"):
        raise UsageError("--resume needs -o OUT and JSON lines output (--format jsonl)")
    _refuse_overwriting_an_input(args.output, inputs)
    color = mode == "explain" and not args.output and use_color(args.color, sys.stdout)
    return CleanPlan(inputs, read_opts, RenderOptions(mode, lines, multi, color),
                     build_config(args))


def run_clean(args: argparse.Namespace) -> int:
    """``newsclean [clean]``: read, clean on ``--jobs`` processes, write in order."""
    plan = plan_clean(args)
    summary = Summary()
    stats = ReadStats()
    done: Counter[object] = Counter()
    if args.resume:
        try:
            done = read_done_ids(args.output)  # type: ignore[assignment]
        except ValueError as e:
            raise UsageError(str(e)) from e
    records = _skip_done(read_records(plan.inputs, plan.read, stats), done, summary)
    results = ordered_map(partial(process, config=plan.config, opts=plan.render), records,
                          jobs=args.jobs, chunksize=args.chunksize)
    with LineWriter(args.output, append=args.resume) as writer:
        _write_all(results, writer, summary, _progress(args.progress), plan.render.multi)
    if not args.quiet and (plan.render.multi or args.output):
        print(summary.line(stats), file=sys.stderr)
    if summary.errors and not args.keep_going:
        return EXIT_ERRORS
    return EXIT_OK


def _write_all(results: Iterator[Rendered], writer: LineWriter, summary: Summary,
               bar: object | None, multi: bool) -> None:
    """Write each result as it comes (in input order), count it, echo problems."""
    try:
        for out in results:
            writer.write(out.data)
            summary.add(out.status)
            _report(out, summary, multi)
            if bar is not None:
                bar.update(1)  # type: ignore[attr-defined]
    finally:
        if bar is not None:
            bar.close()  # type: ignore[attr-defined]


def _refuse_overwriting_an_input(output: str | None, inputs: Sequence[str]) -> None:
    if not output or not Path(output).exists():
        return
    for path in inputs:
        if path != "-" and Path(path).exists() and Path(path).samefile(output):
            raise UsageError(f"-o {output} is also an input; writing would destroy it")


def _read_options(args: argparse.Namespace) -> ReadOptions:
    try:
        return ReadOptions(field=args.field, encoding=args.encoding, errors=args.errors,
                           kind=args.input_format)
    except LookupError as e:
        raise UsageError(f"unknown --encoding {args.encoding!r} ({e})") from e


def _report(out: Rendered, summary: Summary, multi: bool) -> None:
    """Echo errors (the first few) and, for a single page, a not-an-article note."""
    if out.status == "error":
        n = summary.errors
        if n <= _MAX_ECHOED_ERRORS:
            _warn(f"{out.id}: {out.error}")
        elif n == _MAX_ECHOED_ERRORS + 1:
            _warn("more errors: see the error records in the output")
    elif out.note and not multi:
        _warn(f"{out.id}: {out.note}")


# ---------------------------------------------------------------------------
# annotate and validate


def run_annotate(args: argparse.Namespace) -> int:
    """``newsclean annotate``: draft gold files from the current cleaner."""
    if len(args.pages) > 1 and not args.write:
        raise UsageError("several pages need --write (each draft goes to PAGE.gold)")
    if args.write and args.output:
        raise UsageError("choose -o GOLD (one page) or --write, not both")
    config = build_config(args)
    opts = ReadOptions(encoding=_checked_encoding(args.encoding), kind="text")
    status = EXIT_OK
    for page in args.pages:
        rec = next(read_path(page, opts))
        if rec.text is None:
            _warn(f"{page}: {rec.error}")
            status = EXIT_ERRORS
            continue
        draft = explain(clean(rec.text, config=config), evidence=True, header=True)
        target = Path(page).with_suffix(".gold") if args.write else args.output
        if target is None:
            sys.stdout.write(draft)
        elif args.write and Path(target).exists() and not args.force:
            _warn(f"{target} exists; not overwritten (use --force)")
            status = EXIT_ERRORS
        else:
            Path(target).write_text(draft, encoding="utf-8")
            if args.write:
                _warn(f"wrote {target}")
    return status


def _checked_encoding(name: str) -> str:
    import codecs

    try:
        codecs.lookup(name)
    except LookupError as e:
        raise UsageError(f"unknown --encoding {name!r}") from e
    return name


def validate_gold(path: str) -> list[str]:
    """Every problem of one gold file as ``FILE:LINE: message`` (empty: valid)."""
    try:
        text = Path(path).read_bytes().decode("utf-8")
    except OSError as e:
        return [f"{path}: cannot read: {e.strerror or e}"]
    except UnicodeDecodeError as e:
        return [f"{path}: not UTF-8 at byte {e.start}: {e.reason}"]
    try:
        gold = parse_gold(text, name=path)
    except GoldError as e:
        return str(e).splitlines()
    page = Path(path).with_suffix(".txt")
    if not page.exists():
        return []
    return _compare_page(path, text, gold.lines, page)


def _compare_page(path: str, gold_text: str, gold_lines: Sequence[str], page: Path
                  ) -> list[str]:
    try:
        page_lines = page.read_bytes().decode("utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        return [f"{path}: cannot read the page {page}: {e}"]
    header = 0
    for raw in gold_text.splitlines():
        if not raw.startswith("#"):
            break
        header += 1
    problems: list[str] = []
    for i, (g, t) in enumerate(zip(gold_lines, page_lines, strict=False)):
        if g != t:
            problems.append(f"{path}:{header + i + 1}: page line differs from {page}:{i + 1}: "
                            f"gold {g[:60]!r}, page {t[:60]!r}")
            break
    if len(gold_lines) != len(page_lines):
        problems.append(f"{path}: has {len(gold_lines)} page lines, {page} has "
                        f"{len(page_lines)}")
    return problems


def run_validate(args: argparse.Namespace) -> int:
    """``newsclean validate``: print every problem; exit 1 if there was any."""
    bad = 0
    for path in args.golds:
        problems = validate_gold(path)
        for msg in problems:
            print(msg)
        bad += bool(problems)
    if not args.quiet:
        n = len(args.golds)
        _warn(f"{n} gold file{'s' if n != 1 else ''}: {n - bad} valid, {bad} with problems")
    return EXIT_ERRORS if bad else EXIT_OK


# ---------------------------------------------------------------------------
# main


_PARSERS: Final[dict[str, tuple[Callable[[], argparse.ArgumentParser],
                                 Callable[[argparse.Namespace], int]]]] = {
    "clean": (clean_parser, run_clean),
    "annotate": (annotate_parser, run_annotate),
    "validate": (validate_parser, run_validate),
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsclean`` script and ``python -m newsclean``."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    command = args_list.pop(0) if args_list and args_list[0] in COMMANDS else "clean"
    make_parser, run = _PARSERS[command]
    parser = make_parser()
    args = parser.parse_args(args_list)
    try:
        return run(args)
    except UsageError as e:
        _warn(f"error: {e}")
        _warn(f"see '{parser.prog} --help'")
        return EXIT_USAGE
    except MissingExtraError as e:
        _warn(f"error: {e}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        hint = " (rerun with --resume to continue)" if getattr(args, "output", None) else ""
        _warn(f"interrupted{hint}")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except Exception as e:
        from concurrent.futures.process import BrokenProcessPool  # loaded by then if relevant

        if not isinstance(e, BrokenProcessPool):
            raise
        _warn("a worker process died (out of memory, or killed?); the output is complete up "
              "to the last record written" + ("; rerun with --resume to continue"
                                              if getattr(args, "output", None) else ""))
        return EXIT_ERRORS


def _silence_stdout() -> None:
    # The reader went away (e.g. `| head`): point stdout at devnull so the
    # interpreter's final flush does not print a second traceback.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)


if __name__ == "__main__":
    raise SystemExit(main())
