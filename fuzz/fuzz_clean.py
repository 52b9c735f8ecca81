"""Atheris harness for newsclean.clean: coverage-guided, unbounded fuzzing.

Checks the invariants of tests/test_properties.py on every input: clean() never raises on
a str, every input line gets exactly one result in order with a registered pass name, the
body is made of input words, and the result is deterministic and idempotent.

    pip install -e ".[fuzz]"
    python fuzz/fuzz_clean.py -max_total_time=60

CI runs the bounded, derandomised hypothesis version (tests/test_properties.py) instead.
"""

from __future__ import annotations

import os
import re
import sys

import atheris

with atheris.instrument_imports():
    from newsclean import Label, clean
    from newsclean.passes import DEFAULT_PASSES

PASS_NAMES = frozenset(DEFAULT_PASSES) | {"fallback"}
_WORD = re.compile(r"\w+")
#: NEWSCLEAN_FUZZ_IDEMPOTENT=1 also checks clean(clean(x).text).text == clean(x).text.
IDEMPOTENT = os.environ.get("NEWSCLEAN_FUZZ_IDEMPOTENT") == "1"


def check(text: str) -> None:
    a = clean(text)
    raw = text.splitlines()
    assert len(a.lines) == len(raw), "every input line is labelled once"
    for i, (r, t) in enumerate(zip(a.lines, raw)):
        assert r.index == i and r.text == t, "lines stay in order, text unchanged"
        assert isinstance(r.label, Label)
        assert r.pass_name in PASS_NAMES, r.pass_name
    words = set(_WORD.findall(text))
    for p in a.paragraphs:
        assert all(w in words for w in _WORD.findall(p)), "body is made of input words"
    assert a.text == "\n\n".join(a.paragraphs)
    assert clean(text).to_dict() == a.to_dict(), "deterministic"
    if IDEMPOTENT:  # off by default: a leading body subheading becomes the title on re-clean
        assert clean(a.text).text == a.text, "idempotent"


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    if fdp.ConsumeBool():
        text = fdp.ConsumeUnicode(len(data))  # may hold lone surrogates: still a str
    else:
        text = fdp.ConsumeUnicodeNoSurrogates(len(data))
    check(text)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
