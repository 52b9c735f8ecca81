"""Worker of benchmarks/diff.py: ``python _diff_worker.py SRC PAGES.json OUT.json``.

Imports newsclean from ``SRC`` (a revision's exported ``src/``), cleans every
page of ``PAGES.json`` (``{key: text}``) and writes ``{key: [[label, pass], ...]}``.
Run as a script in a fresh interpreter, so each revision gets its own import.
"""

from __future__ import annotations

import json
import sys


def main() -> None:
    src, pages_path, out_path = sys.argv[1:4]
    sys.path.insert(0, src)
    from newsclean import clean

    loaded = sys.modules["newsclean"].__file__ or ""
    if not loaded.startswith(src):
        raise SystemExit(f"imported newsclean from {loaded}, not from {src}")
    with open(pages_path, encoding="utf-8") as f:
        pages: dict[str, str] = json.load(f)
    out = {}
    for key, text in pages.items():
        art = clean(text)
        out[key] = [[r.label.value, r.pass_name] for r in art.lines]
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(out, f)


if __name__ == "__main__":
    main()
