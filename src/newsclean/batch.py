r"""Cleaning many pages: in order, on several processes, in bounded memory.

>>> from newsclean.batch import clean_many
>>> [len(a.lines) for a in clean_many(["one line", "two\nlines", ""])]
[1, 2, 0]

:func:`clean_many` yields one result per input item, in input order, whatever
``jobs`` is. It reads the input lazily and keeps at most ``jobs * 4`` chunks of
``chunksize`` items in flight, so it can stream a corpus larger than memory.

``multiprocessing.Pool.imap`` is *not* used on purpose: its feeder thread pulls
the whole input iterator into the task queue as fast as it can, so memory grows
with the input. :func:`ordered_map` submits a sliding window of chunks to a
``ProcessPoolExecutor`` instead.

Errors never drop an item silently. With ``on_error="raise"`` (the default) a
non-``str`` item raises :class:`TypeError` naming its index, and an exception
raised by :func:`newsclean.clean` is re-raised with a note naming the index;
items before it have been yielded. With ``on_error="none"`` the failing item
yields ``None`` in its place, so positions still line up with the input.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Final, Literal, TypeVar, overload

from .config import Config
from .model import Article
from .pipeline import clean

if TYPE_CHECKING:  # imported when first needed: it costs ~25 ms at start-up
    from concurrent.futures import Future

__all__ = ["DEFAULT_CHUNKSIZE", "clean_many", "ordered_map", "resolve_jobs"]

T = TypeVar("T")
R = TypeVar("R")

#: Items per task sent to a worker. A page takes about a millisecond to clean,
#: so 16 pages amortise the pickling round trip without hurting latency much.
DEFAULT_CHUNKSIZE: Final = 16
#: Chunks in flight per worker: enough to keep every worker busy while the
#: parent writes results, small enough to bound memory.
_WINDOW_PER_JOB: Final = 4


def resolve_jobs(jobs: int) -> int:
    """``jobs`` as a process count: ``0`` (or less) means one per CPU."""
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def _worker_init() -> None:
    # Ctrl-C reaches the whole process group: let the parent alone handle it
    # (it cancels pending work and says how to resume) instead of every worker
    # printing a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _apply_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(x) for x in chunk]


def ordered_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int = 1,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Iterator[R]:
    """``map(fn, items)`` on ``jobs`` processes, results in input order.

    ``fn`` must be picklable (a module-level function or a ``functools.partial``
    of one). With ``jobs == 1`` everything runs in this process. Input is pulled
    lazily: at most ``jobs * 4`` chunks are pending at any time.
    """
    if chunksize < 1:
        raise ValueError(f"chunksize must be >= 1, got {chunksize}")
    jobs = resolve_jobs(jobs)
    if jobs == 1:
        yield from map(fn, items)
        return
    from concurrent.futures import ProcessPoolExecutor

    limit = jobs * _WINDOW_PER_JOB
    it = iter(items)
    pending: deque[Future[list[R]]] = deque()
    executor = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init)
    try:
        while chunk := list(islice(it, chunksize)):
            pending.append(executor.submit(_apply_chunk, fn, chunk))
            while pending and (len(pending) >= limit or pending[0].done()):
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


@dataclass(frozen=True, slots=True)
class _Failure:
    """An item that could not be cleaned: the exception, or a type error message."""

    index: int
    error: BaseException | None = None
    type_name: str | None = None


def _clean_indexed(item: tuple[int, str | None, str | None], config: Config | None
                   ) -> Article | _Failure:
    index, text, bad_type = item
    if text is None:
        return _Failure(index, type_name=bad_type)
    try:
        return clean(text, config=config)
    except Exception as e:  # re-raised (or turned into None) in the parent
        return _Failure(index, error=e)


def _tag(items: Iterable[object]) -> Iterator[tuple[int, str | None, str | None]]:
    # Non-str items are not sent to workers (they may not even pickle).
    for i, x in enumerate(items):
        yield (i, x, None) if isinstance(x, str) else (i, None, type(x).__name__)


@overload
def clean_many(
    texts: Iterable[str], *, jobs: int = ..., config: Config | None = ...,
    chunksize: int = ..., on_error: Literal["raise"] = ...,
) -> Iterator[Article]: ...


@overload
def clean_many(
    texts: Iterable[object], *, jobs: int = ..., config: Config | None = ...,
    chunksize: int = ..., on_error: Literal["none"],
) -> Iterator[Article | None]: ...


def clean_many(
    texts: Iterable[object],
    *,
    jobs: int = 1,
    config: Config | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    on_error: Literal["raise", "none"] = "raise",
) -> Iterator[Article] | Iterator[Article | None]:
    """Clean every text of ``texts``; yield the Articles in input order.

    - ``jobs``: processes to use (``1``: this process; ``0``: one per CPU).
    - ``config``: the :class:`~newsclean.Config` for every page.
    - ``chunksize``: pages per task sent to a worker.
    - ``on_error``: ``"raise"`` raises at the failing item (``TypeError`` naming
      its index for a non-``str`` item; the cleaning exception, with a note
      naming the index, otherwise); ``"none"`` yields ``None`` in its place.

    The input is read lazily and no item is ever dropped.
    """
    if on_error not in ("raise", "none"):
        raise ValueError(f"on_error must be 'raise' or 'none', got {on_error!r}")
    fn = partial(_clean_indexed, config=config)
    results = ordered_map(fn, _tag(texts), jobs=jobs, chunksize=chunksize)
    return _settle(results, on_error)


def _settle(results: Iterable[Article | _Failure], on_error: str) -> Iterator[Article | None]:
    for r in results:
        if not isinstance(r, _Failure):
            yield r
        elif on_error == "none":
            yield None
        elif r.type_name is not None:
            raise TypeError(f"clean_many(): item {r.index} is {r.type_name}, not str")
        else:
            assert r.error is not None
            note = f"while cleaning item {r.index} in clean_many()"
            if hasattr(r.error, "add_note"):  # Python 3.11+
                r.error.add_note(note)
            raise r.error
