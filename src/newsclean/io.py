"""Reading pages in and writing results out, for the command line and batch jobs.

Inputs become a stream of :class:`Record` objects, one per page, in input order.
A record that cannot be read (a broken JSON line, a missing or non-text field,
bytes that do not decode, a truncated gzip stream, a missing file) is *not*
dropped: it becomes a ``Record`` whose ``error`` says why, so the output keeps
one entry per input page.

Input kinds (chosen from the file name, or forced with ``kind=``):

- ``text``: a whole file is one page (``-`` reads standard input). Its id is the path.
- ``jsonl``: one JSON object per line (``.jsonl``, ``.ndjson``, ``.jsonl.gz``, ...).
  The page is the string under ``field`` (default ``text``); every other field
  (``id``, ``url``, ...) is carried to the output. A record without an ``id`` gets
  ``<file>:<line>``. Empty lines are skipped (they hold no record).
- ``warc``: WARC/WET files (``.warc``, ``.warc.gz``, ``.wet``, ``.warc.wet.gz``), read
  with warcio (``pip install "newsclean[cli]"``). Pages are taken from
  ``conversion`` records (what WET files hold; always UTF-8) and from ``resource``
  and ``response`` records whose content type is ``text/plain``. HTML and other
  binary payloads are skipped and counted, never guessed at: newsclean reads
  plain text, not HTML. ``WARC-Record-ID`` becomes the id and
  ``WARC-Target-URI`` the ``url``.

Output is written one whole line per ``write()`` call (:class:`LineWriter`), so
a run killed at any moment leaves at most one partial last line, which
:func:`read_done_ids` cuts off when resuming.
"""

from __future__ import annotations

import codecs
import dataclasses
import gzip
import io
import json
import os
import sys
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Final, Literal

__all__ = [
    "InputKind",
    "LineWriter",
    "MissingExtraError",
    "ReadOptions",
    "Record",
    "RecordId",
    "detect_kind",
    "dumps_line",
    "merge_fields",
    "read_done_ids",
    "read_path",
    "read_records",
    "require_extra",
]

#: A record id: a string, or the integer id a JSONL record carried.
RecordId = str | int
InputKind = Literal["auto", "text", "jsonl", "warc"]
ErrorPolicy = Literal["strict", "replace"]

_JSONL_SUFFIXES: Final = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".json.gz", ".jsonl.gzip")
_WARC_SUFFIXES: Final = (".warc", ".warc.gz", ".wet", ".wet.gz", ".warc.wet", ".warc.wet.gz")
#: WARC record types that can hold a plain-text page.
_WARC_TEXT_TYPES: Final = frozenset({"conversion", "resource", "response"})
#: WARC record types that are never pages (skipped without counting).
_WARC_META_TYPES: Final = frozenset({"warcinfo", "request", "metadata", "revisit"})
_GZIP_MAGIC: Final = b"\x1f\x8b"


class MissingExtraError(ImportError):
    """An optional dependency is missing; the message says which extra to install."""


def require_extra(module: str, extra: str, purpose: str) -> None:
    """Raise :class:`MissingExtraError` telling the user what to install when
    ``module`` cannot be imported."""
    try:
        __import__(module)
    except ImportError as e:
        raise MissingExtraError(
            f"{purpose} needs the {module!r} package, which is not installed. "
            f'Install it with: pip install "newsclean[{extra}]"'
        ) from e


@dataclass(frozen=True, slots=True)
class Record:
    """One page read from an input, or the reason it could not be read.

    - ``id``: the page's id (carried from the input, or made up: see the module doc).
    - ``text``: the page text; ``None`` exactly when ``error`` is set.
    - ``source``: the input path (``-`` for standard input).
    - ``line``: 1-based line number in a JSONL input (or of the first
      undecodable byte in a text file); ``offset``: byte offset of a WARC record.
    - ``fields``: other input fields to carry to the output (``url``, ...).
    - ``error``: why the record could not be read.
    """

    id: RecordId
    text: str | None
    source: str
    line: int | None = None
    offset: int | None = None
    fields: Mapping[str, object] = field(default_factory=dict)
    error: str | None = None


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs: ``field`` (JSONL text field), ``encoding`` and
    ``errors`` (``strict``: undecodable bytes make an error record; ``replace``:
    they become U+FFFD) and ``kind`` (``auto`` guesses from the file name)."""

    field: str = "text"
    encoding: str = "utf-8"
    errors: ErrorPolicy = "strict"
    kind: InputKind = "auto"

    def __post_init__(self) -> None:
        codecs.lookup(self.encoding)  # LookupError naming the codec, at once
        if self.errors not in ("strict", "replace"):
            raise ValueError(f"errors must be 'strict' or 'replace', got {self.errors!r}")


@dataclass
class ReadStats:
    """Counts of things read but deliberately not turned into records."""

    skipped_warc: Counter[str] = field(default_factory=Counter)


def detect_kind(path: str) -> Literal["text", "jsonl", "warc"]:
    """The input kind for a path, from its name (``-`` is a text page)."""
    name = path.lower()
    if name.endswith(_WARC_SUFFIXES):
        return "warc"
    if name.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    return "text"


def read_records(
    paths: Iterable[str], options: ReadOptions | None = None, stats: ReadStats | None = None
) -> Iterator[Record]:
    """All records of all ``paths``, in order (lazily: one file open at a time)."""
    opts = options or ReadOptions()
    for path in paths:
        yield from read_path(path, opts, stats)


def read_path(path: str, options: ReadOptions, stats: ReadStats | None = None) -> Iterator[Record]:
    """The records of one input. A file that cannot be opened or read on is one
    error record (after the records read before the failure)."""
    kind = detect_kind(path) if options.kind == "auto" else options.kind
    try:
        if kind == "warc":
            yield from _read_warc(path, stats or ReadStats())
        elif kind == "jsonl":
            yield from _read_jsonl(path, options)
        else:
            yield _read_text(path, options)
    except MissingExtraError:
        raise
    except OSError as e:
        yield Record(id=path, text=None, source=path, error=f"cannot read {path}: {_os_reason(e)}")
    except Exception as e:  # a reader bug or odd input must not stop a batch run
        yield Record(id=path, text=None, source=path,
                     error=f"cannot read {path}: {type(e).__name__}: {e}")


def _os_reason(e: OSError) -> str:
    return e.strerror or str(e)


def _open_binary(path: str) -> BinaryIO:
    if path == "-":
        return sys.stdin.buffer
    return open(path, "rb")


def _decode(data: bytes, options: ReadOptions) -> tuple[str | None, str | None, int | None]:
    """``(text, error, line)``: the decoded text, or why not and on which line."""
    encoding = options.encoding
    if codecs.lookup(encoding).name == "utf-8":
        encoding = "utf-8-sig"  # a BOM is not page text
    try:
        return data.decode(encoding, errors=options.errors), None, None
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        bad = data[e.start : e.end].hex(" ")
        return None, (
            f"cannot decode as {options.encoding} at byte {e.start} (line {line}: {bad}): "
            f"{e.reason}; pass --encoding to name the right codec, or --errors replace"
        ), line


def _read_text(path: str, options: ReadOptions) -> Record:
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        with open(path, "rb") as f:
            data = f.read()
    text, error, line = _decode(data, options)
    return Record(id=path, text=text, source=path, line=line, error=error)


def _jsonl_stream(path: str) -> BinaryIO:
    raw = _open_binary(path)
    if path == "-":
        peek = raw.peek(2)[:2] if isinstance(raw, io.BufferedReader) else b""
    else:
        peek = raw.read(2)
        raw.seek(0)
    if peek == _GZIP_MAGIC:
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    return raw


def _read_jsonl(path: str, options: ReadOptions) -> Iterator[Record]:
    stream = _jsonl_stream(path)
    no = 0
    try:
        try:
            for no, raw in enumerate(stream, 1):
                if not raw.strip():
                    continue
                yield _jsonl_record(raw, path, no, options)
        except (EOFError, gzip.BadGzipFile, zlib.error) as e:
            yield Record(
                id=f"{path}:{no + 1}", text=None, source=path, line=no + 1,
                error=f"{path} is truncated or corrupt after line {no}: {e}",
            )
    finally:
        if path != "-":
            stream.close()


def _jsonl_record(raw: bytes, path: str, no: int, options: ReadOptions) -> Record:
    default_id = f"{path}:{no}"
    line_text, error, _ = _decode(raw, options)
    if line_text is None:
        return Record(id=default_id, text=None, source=path, line=no, error=error)
    try:
        obj = json.loads(line_text)
    except json.JSONDecodeError as e:
        return Record(id=default_id, text=None, source=path, line=no,
                      error=f"broken JSON: {e.msg} (column {e.colno})")
    if not isinstance(obj, dict):
        return Record(id=default_id, text=None, source=path, line=no,
                      error=f"a JSONL line must be an object, got {type(obj).__name__}")
    rid = _record_id(obj.get("id"), default_id)
    carried = {k: v for k, v in obj.items() if k not in (options.field, "id")}
    if options.field not in obj:
        return Record(id=rid, text=None, source=path, line=no, fields=carried,
                      error=f"missing field {options.field!r} (choose another with --field)")
    value = obj[options.field]
    if not isinstance(value, str):
        return Record(id=rid, text=None, source=path, line=no, fields=carried,
                      error=f"field {options.field!r} is {_json_type(value)}, not a string")
    return Record(id=rid, text=value, source=path, line=no, fields=carried)


def _json_type(v: object) -> str:
    return {type(None): "null", bool: "a boolean", int: "a number", float: "a number",
            list: "an array", dict: "an object"}.get(type(v), type(v).__name__)


def _record_id(value: object, default: str) -> RecordId:
    """A usable id from an input ``id`` value: strings and integers are kept,
    ``null`` means "none given", anything else becomes its JSON text."""
    if value is None or value == "":
        return default
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _read_warc(path: str, stats: ReadStats) -> Iterator[Record]:
    require_extra("warcio", "cli", "Reading WARC/WET files")
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
    from warcio.exceptions import ArchiveLoadFailed  # type: ignore[import-untyped]

    stream = _open_binary(path)
    tracked = _GzipTracker(stream)
    it = ArchiveIterator(tracked)
    offset = 0
    try:
        try:
            for rec in it:
                # NOTE: read the payload before get_record_offset(), which skips it.
                out = _warc_record(rec, path, stats)
                offset = it.get_record_offset()
                if out is not None:
                    yield dataclasses.replace(
                        out, offset=offset, id=out.id or f"{path}@{offset}")
        except (ArchiveLoadFailed, EOFError, zlib.error, ValueError) as e:
            yield Record(id=f"{path}@{it.offset}", text=None, source=path, offset=it.offset,
                         error=f"{path} is truncated or not a WARC file: {e}")
            return
        except Exception as e:  # e.g. a malformed HTTP header block: warcio cannot go on
            yield Record(id=f"{path}@{it.offset}", text=None, source=path, offset=it.offset,
                         error=f"cannot parse the WARC record at offset {it.offset} "
                               f"({type(e).__name__}: {e}); the rest of {path} is skipped")
            return
        if tracked.truncated:
            # warcio stops quietly at a cut gzip member: say records may be missing.
            yield Record(id=f"{path}@end", text=None, source=path, offset=offset,
                         error=f"{path} is truncated (its last gzip member is incomplete): "
                               f"records after offset {offset} may be missing")
    finally:
        if path != "-":
            stream.close()


class _GzipTracker:
    """A read-only stream wrapper that notices a gzip file cut mid-member.

    warcio ends iteration silently on a truncated ``.gz``; this wrapper feeds
    the same bytes to a side decompressor (output discarded) and tells whether
    the input ended inside a member. Plain (non-gzip) input passes through.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.pos = 0
        self._gzip: bool | None = None
        self._d = zlib.decompressobj(31)
        self._inside = False  # bytes of an unfinished member have been fed
        self._broken = False

    def read(self, n: int = -1) -> bytes:
        data = self.raw.read(n)
        if self._gzip is None and data:
            self._gzip = data[:2] == _GZIP_MAGIC
        if self._gzip and not self._broken:
            self._feed(data)
        self.pos += len(data)
        return data

    def tell(self) -> int:
        return self.pos

    def _feed(self, data: bytes) -> None:
        try:
            while data:
                if self._d.eof:
                    self._d = zlib.decompressobj(31)
                self._d.decompress(data, 1 << 16)  # output bounded and discarded
                data = self._d.unused_data if self._d.eof else self._d.unconsumed_tail
                self._inside = not self._d.eof
        except zlib.error:
            self._broken = True  # corrupt rather than cut: warcio reports it

    @property
    def truncated(self) -> bool:
        """True when the input ended inside a gzip member."""
        return bool(self._gzip) and self._inside and not self._broken


def _warc_record(rec: object, path: str, stats: ReadStats) -> Record | None:
    """The Record of one WARC record; None for records that hold no page."""
    rtype: str = rec.rec_type  # type: ignore[attr-defined]
    headers = rec.rec_headers  # type: ignore[attr-defined]
    if rtype in _WARC_META_TYPES:
        return None
    rid: str = headers.get_header("WARC-Record-ID") or ""
    fields: dict[str, object] = {}
    url = headers.get_header("WARC-Target-URI")
    if url:
        fields["url"] = url
    date = headers.get_header("WARC-Date")
    if date:
        fields["warc_date"] = date
    declared = headers.get_header("Content-Length")
    if declared is None:  # warcio yields a record cut inside its headers
        return Record(id=rid, text=None, source=path, fields=fields,
                      error="truncated WARC record (cut inside its headers)")
    ctype = _content_type(rec, rtype)
    if rtype not in _WARC_TEXT_TYPES or (rtype != "conversion" and not _is_plain_text(ctype)):
        stats.skipped_warc[f"{rtype} {ctype.split(';')[0] or '?'}"] += 1
        return None
    data: bytes = rec.content_stream().read()  # type: ignore[attr-defined]
    if rtype != "response" and len(data) < int(declared):
        # warcio ends quietly on a cut file; the cut record shows a short payload.
        return Record(id=rid, text=None, source=path, fields=fields,
                      error=f"truncated WARC record ({len(data)} of {declared} bytes)")
    charset = "utf-8" if rtype == "conversion" else _charset(ctype)
    try:
        text = data.decode("utf-8-sig" if charset.lower() in ("utf-8", "utf8") else charset)
    except (UnicodeDecodeError, LookupError) as e:
        return Record(id=rid, text=None, source=path, fields=fields,
                      error=f"cannot decode WARC record as {charset}: {e}")
    return Record(id=rid, text=text, source=path, fields=fields)


def _content_type(rec: object, rtype: str) -> str:
    if rtype == "response":
        http = rec.http_headers  # type: ignore[attr-defined]
        return (http.get_header("Content-Type") or "") if http is not None else ""
    return rec.rec_headers.get_header("Content-Type") or ""  # type: ignore[attr-defined]


def _is_plain_text(ctype: str) -> bool:
    return ctype.split(";")[0].strip().lower() in ("text/plain", "")


def _charset(ctype: str) -> str:
    for part in ctype.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return "utf-8"


# ---------------------------------------------------------------------------
# Output


def merge_fields(head: Mapping[str, object], carried: Mapping[str, object],
                 tail: Mapping[str, object]) -> dict[str, object]:
    """``head``, then carried input fields, then ``tail``, as one output record.
    A carried field whose name ``head`` or ``tail`` uses is kept as
    ``input_<name>`` (an input ``title`` next to the cleaned ``title``): nothing
    from the input is lost or silently overwritten."""
    taken = set(head) | set(tail)
    out = dict(head)
    for k, v in carried.items():
        out[f"input_{k}" if k in taken else k] = v
    out.update(tail)
    return out


def dumps_line(obj: Mapping[str, object]) -> bytes:
    """One JSON line (UTF-8, newline-terminated). Text with lone surrogates
    (possible in JSON input) falls back to ``\\u`` escapes instead of failing."""
    try:
        return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(obj, ensure_ascii=True) + "\n").encode("ascii")


class LineWriter:
    """Writes whole lines, each in one ``write()`` call, flushed at once.

    With a ``path`` the file is opened for appending (``append=True``) or
    truncated, and fsync'ed on close, so a killed run leaves at most one partial
    last line. Without a path, lines go to standard output.
    """

    def __init__(self, path: str | None = None, *, append: bool = False) -> None:
        self.path = path
        if path is None:
            self._fd = sys.stdout.fileno() if _has_fileno(sys.stdout) else -1
            self._owned = False
        else:
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
            self._fd = os.open(path, flags | getattr(os, "O_BINARY", 0), 0o666)
            self._owned = True

    def write(self, data: bytes) -> None:
        """Write ``data`` (normally one or more whole lines) and flush."""
        if self._fd < 0:  # stdout replaced (e.g. captured by a test): text layer
            sys.stdout.write(data.decode("utf-8", "replace"))
            sys.stdout.flush()
            return
        if not self._owned:
            sys.stdout.flush()
        view = memoryview(data)
        while view:  # a regular file takes it all at once; pipes may take less
            n = os.write(self._fd, view)
            view = view[n:]

    def close(self) -> None:
        """fsync and close an output file (standard output is left open)."""
        if self._owned and self._fd >= 0:
            try:
                os.fsync(self._fd)
            finally:
                os.close(self._fd)
                self._fd = -1

    def __enter__(self) -> LineWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _has_fileno(stream: object) -> bool:
    try:
        stream.fileno()  # type: ignore[attr-defined]
    except (AttributeError, OSError, io.UnsupportedOperation):
        return False
    return True


def read_done_ids(path: str | os.PathLike[str]) -> Counter[RecordId]:
    """The ids already written to a JSONL output, for ``--resume``, counted
    (an input may repeat an id; each written copy skips one input copy).

    A partial last line (left by a run killed mid-write) is cut off the file so
    appending continues on a clean line boundary. A missing file means nothing
    was done yet. A complete line that is not a JSON object with an ``id`` is an
    error: the file is not a newsclean output and resuming into it is unsafe.
    The file is streamed, and only the leading ``id`` of each line is decoded.
    """
    done: Counter[RecordId] = Counter()
    p = Path(path)
    if not p.exists():
        return done
    _cut_partial_last_line(p)
    with open(p, "rb") as f:
        for no, raw in enumerate(f, 1):
            if raw.strip():
                done[_output_id(raw, path, no)] += 1
    return done


def _cut_partial_last_line(p: Path) -> None:
    with open(p, "r+b") as f:
        size = f.seek(0, os.SEEK_END)
        end = size
        while end > 0:
            start = max(0, end - _TAIL_BLOCK)
            f.seek(start)
            block = f.read(end - start)
            nl = block.rfind(b"\n")
            if nl >= 0:
                keep = start + nl + 1
                break
            end = start
        else:
            keep = 0
        if keep < size:
            f.truncate(keep)
            os.fsync(f.fileno())


_TAIL_BLOCK: Final = 1 << 16
_ID_PREFIX: Final = '{"id": '
_DECODER: Final = json.JSONDecoder()


def _output_id(raw: bytes, path: object, no: int) -> RecordId:
    """The ``id`` of one output line. Our records start with it, so only that
    value is decoded; anything else gets a full parse."""
    line = raw.decode("utf-8", "surrogatepass").strip()
    if line.startswith(_ID_PREFIX):
        try:
            value, _ = _DECODER.raw_decode(line, len(_ID_PREFIX))
        except ValueError:
            pass
        else:
            if isinstance(value, (str, int)):
                return value
    try:
        obj = json.loads(line)
    except ValueError as e:
        raise ValueError(f"{path}:{no}: not a JSON line ({e}); cannot resume into it") from e
    if not isinstance(obj, dict) or "id" not in obj:
        raise ValueError(f"{path}:{no}: no 'id' in this output line; cannot resume into it")
    rid: RecordId = obj["id"]
    return rid
