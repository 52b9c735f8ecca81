"""``python -m newsclean``: the same as the ``newsclean`` command."""

from __future__ import annotations

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
