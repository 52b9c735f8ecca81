"""What a pass sees (``Doc``) and what it is (``Pass``).

A pass is a small class with a ``name``, the ``labels`` it may emit and one
method, ``judge(doc)``, yielding :class:`~newsclean.model.Verdict` and, for
metadata passes, :class:`~newsclean.model.Field`. It receives its own frozen
sub-config in ``__init__`` and nothing else. It never edits text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Protocol, Union

from ..lexicon import Lexicon
from ..lines import Line
from ..model import (EXTRACTED_LABELS, KEPT_LABELS, REMOVED_LABELS, Field, Label, Verdict,
                     new_verdict)

__all__ = ["Doc", "Pass", "Item", "verdict"]

Item = Union[Verdict, Field]


@dataclass(frozen=True, slots=True)
class Doc:
    """A read-only view of the page for one pass: the measured lines, the verdict
    that currently stands on each line (``None``: undecided), the metadata
    fields found so far, and the shared lexicon."""

    lines: tuple[Line, ...]
    decided: tuple[Verdict | None, ...]
    fields: tuple[Field, ...]
    lexicon: Lexicon

    def label(self, i: int) -> Label | None:
        v = self.decided[i]
        return v.label if v is not None else None

    def is_removed(self, i: int) -> bool:
        v = self.decided[i]
        return v is not None and v.label in REMOVED_LABELS

    def is_extracted(self, i: int) -> bool:
        v = self.decided[i]
        return v is not None and v.label in EXTRACTED_LABELS

    def is_kept(self, i: int) -> bool:
        v = self.decided[i]
        return v is not None and v.label in KEPT_LABELS

    def undecided(self, i: int) -> bool:
        return self.decided[i] is None

    def field(self, name: str) -> Field | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None


class Pass(Protocol):
    """The interface every pass implements."""

    name: ClassVar[str]
    labels: ClassVar[frozenset[Label]]
    #: A context stage may overturn earlier verdicts; other passes only fill gaps.
    overturns: ClassVar[bool]

    def judge(self, doc: Doc) -> Iterator[Item]: ...


#: ``Verdict(index, label, evidence, pass_name)``, built the fast way (see ``model``).
verdict = new_verdict
