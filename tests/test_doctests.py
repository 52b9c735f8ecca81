"""Every module's doctests run (docstrings are the spec, as in jusText's habit we avoid)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsclean

# cli/dask/batch/io pull optional dependencies; their doctests run when those import.
MODULES = sorted(m.name for m in pkgutil.walk_packages(newsclean.__path__, "newsclean."))


# Doctests that fail on the current src/ (the docstring or the code is wrong); each is a
# bug report. strict: when src/ is fixed the xfail turns into a failure and is removed here.
KNOWN_FAILING: dict[str, str] = {}


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=KNOWN_FAILING[n]))
    if n in KNOWN_FAILING else n for n in MODULES])
def test_module_doctests(name: str) -> None:
    try:
        mod = importlib.import_module(name)
    except ImportError as e:  # an optional extra is not installed
        pytest.skip(f"{name} needs an optional dependency: {e}")
    result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} doctests failed in {name}"


def test_the_pass_modules_have_doctests() -> None:
    attempted = 0
    for name in MODULES:
        if name.startswith("newsclean.passes.") and not name.endswith(".base"):
            attempted += doctest.testmod(importlib.import_module(name)).attempted
    assert attempted >= 12
