"""Cleaning pages with Dask: a bag of pages, or a text column of a dataframe.

Needs ``pip install "newsclean[dask]"``. Works the same on the local scheduler
and on a cluster (``distributed.Client("tcp://scheduler:8786")``): the work is
plain ``map`` / ``map_partitions`` over module-level functions, so workers only
need newsclean installed.

- :func:`clean_bag`: each item (a ``str``, or a dict holding the page under
  ``field``) becomes a dict: the article fields of ``Article.to_dict(lines=False)``
  plus, for dict items, every other input field (a clashing name is kept as
  ``input_<name>``).
- :func:`clean_dataframe`: adds article columns (:data:`ARTICLE_COLUMNS`) to a
  dataframe with a text column; ``meta`` is declared, so nothing is computed
  to guess it.

Nothing is dropped: a page that is not a string, or on which ``clean()`` fails,
gives a row (or dict) whose ``error`` says why, with ``is_article`` False.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

from .config import Config
from .io import merge_fields, require_extra
from .pipeline import clean

if TYPE_CHECKING:  # pragma: no cover - types only
    import dask.bag
    import dask.dataframe
    import pandas  # type: ignore[import-untyped,unused-ignore]

__all__ = [
    "ARTICLE_COLUMNS",
    "AUTHOR_SEPARATOR",
    "clean_bag",
    "clean_dataframe",
    "clean_partition",
    "clean_value",
]

#: Columns :func:`clean_dataframe` adds, with their pandas dtypes: nullable
#: ``string`` columns (missing is ``<NA>``) and ``bool`` flags, so the result
#: writes to Parquet or CSV as is. ``authors`` is one string, the names joined
#: by ``"; "`` as in gold-file headers (list columns do not survive a Parquet
#: round trip through pandas today); :func:`clean_bag` keeps the list.
#: NOTE: coupled to Article.to_dict in model.py.
ARTICLE_COLUMNS: Final[dict[str, str]] = {
    "title": "string",
    "subtitle": "string",
    "authors": "string",
    "published": "string",  # ISO 8601 date or datetime
    "section": "string",
    "language": "string",
    "text": "string",
    "is_article": "bool",
    "not_article_reason": "string",
    "timed_out": "bool",
    "error": "string",
}
#: How ``authors`` is joined into one string in dataframes.
AUTHOR_SEPARATOR: Final = "; "


def _need_dask() -> None:
    require_extra("dask", "dask", "newsclean.dask")
    require_extra("pandas", "dask", "newsclean.dask")


def clean_value(value: object, config: Config | None = None) -> dict[str, object]:
    """The article fields for one page (``Article.to_dict(lines=False)`` plus an
    ``error`` key, ``None`` on success); never raises for a bad page."""
    if not isinstance(value, str):
        missing = (value is None or type(value).__name__ in ("NAType", "NaTType")
                   or (isinstance(value, float) and value != value))
        what = "a missing value" if missing else type(value).__name__
        return _error_fields(f"not a string: {what}")
    try:
        art = clean(value, config=config)
    except Exception as e:  # a bug in a pass must not kill a whole partition
        return _error_fields(f"clean() failed: {type(e).__name__}: {e}")
    d = art.to_dict(lines=False)
    d["error"] = None
    return d


def _error_fields(reason: str) -> dict[str, object]:
    return {
        "title": None, "subtitle": None, "authors": [], "published": None, "section": None,
        "language": None, "is_article": False, "not_article_reason": None, "paragraphs": [],
        "captions": [], "text": "", "timed_out": False, "error": reason,
    }


def _clean_item(item: object, config: Config | None, field: str) -> dict[str, object]:
    if isinstance(item, Mapping):
        carried = {k: v for k, v in item.items() if k != field}
        value = item.get(field)
        if field not in item:
            return merge_fields({}, carried, _error_fields(f"missing field {field!r}"))
        return merge_fields({}, carried, clean_value(value, config))
    return clean_value(item, config)


def clean_bag(bag: dask.bag.Bag, config: Config | None = None, *, field: str = "text"
              ) -> dask.bag.Bag:
    """A bag of result dicts, one per item of ``bag``, in the same partitions.

    Items may be page strings, or dicts (e.g. from ``dask.bag.read_text(...).map(json.loads)``)
    holding the page under ``field``; their other keys are carried over.
    """
    _need_dask()
    result: dask.bag.Bag = bag.map(  # type: ignore[no-untyped-call,unused-ignore]
        _clean_item, config=config, field=field)
    return result


def clean_partition(pdf: pandas.DataFrame, column: str = "text", config: Config | None = None,
                    prefix: str = "") -> pandas.DataFrame:
    """Clean one pandas partition: ``pdf`` with :data:`ARTICLE_COLUMNS` added
    (named ``prefix + name``; an existing column of that name is replaced)."""
    import pandas as pd

    rows = [clean_value(v, config) for v in pdf[column].tolist()]
    out = pdf.copy()
    for name, dtype in ARTICLE_COLUMNS.items():
        values = [_cell(name, r[name]) for r in rows]
        out[prefix + name] = pd.Series(values, index=pdf.index, dtype=dtype)
    return out


def _cell(name: str, value: object) -> object:
    if name == "authors" and isinstance(value, list):
        return AUTHOR_SEPARATOR.join(value) or None
    return value


def clean_dataframe(df: dask.dataframe.DataFrame, column: str = "text",
                    config: Config | None = None, *, prefix: str = ""
                    ) -> dask.dataframe.DataFrame:
    """``df`` with article columns added, cleaning ``df[column]`` row by row.

    The added columns are :data:`ARTICLE_COLUMNS` (``title``, ``authors``,
    ``published``, ``section``, ``text``, ``is_article``, ``not_article_reason``,
    ``error``, ...), named ``prefix + name``. With the default ``prefix=""`` and
    ``column="text"``, the page text is replaced by the article text; pass
    ``prefix="clean_"`` to keep both.
    """
    _need_dask()
    if column not in df.columns:
        raise KeyError(f"no column {column!r} in the dataframe (columns: "
                       f"{', '.join(map(str, df.columns))}); pass column=...")
    meta = clean_partition(df._meta, column, config, prefix)
    result: dask.dataframe.DataFrame = df.map_partitions(  # type: ignore[no-untyped-call,unused-ignore]
        clean_partition, column, config, prefix, meta=meta)
    return result
