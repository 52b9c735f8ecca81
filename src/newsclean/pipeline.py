"""Stub pipeline (temporary): blank lines blank, everything else body."""
from __future__ import annotations
from .config import Config
from .model import Article, Label, LineResult

def clean(text: str, *, config: Config | None = None) -> Article:
    if not isinstance(text, str):
        raise TypeError(f"clean() takes str, not {type(text).__name__}")
    res = tuple(LineResult(i, t, Label.BODY if t.strip() else Label.BLANK, "stub", "") for i, t in enumerate(text.splitlines()))
    paras = tuple(" ".join(r.text.split()) for r in res if r.kept)
    return Article(None, None, (), None, None, paras, (), bool(paras), None if paras else "empty", res)
