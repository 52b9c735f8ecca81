"""newsclean.dask on a two-worker distributed LocalCluster."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsclean import Config, clean
from newsclean.dask import ARTICLE_COLUMNS, clean_partition, clean_value

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

PAGES = [
    f"Home\nNews\nSport\n\nStory {i}. The council approved the new bridge on Tuesday after "
    f"a long debate about its cost.\n\nWork starts in spring, the mayor said.\n\nShare\nTweet\n"
    for i in range(24)
]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    # processes=False: two in-process workers start in well under a second; the
    # functions shipped to them still go through the scheduler like on a cluster.
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as c:
        yield c


def test_clean_value_never_raises() -> None:
    assert clean_value(None)["error"] == "not a string: a missing value"
    assert clean_value(3)["error"] == "not a string: int"
    ok = clean_value(PAGES[0])
    assert ok["error"] is None and ok["text"] == clean(PAGES[0]).text


def test_clean_partition_columns_and_dtypes() -> None:
    pdf = pd.DataFrame({"id": [1, 2], "text": [PAGES[0], None]})
    out = clean_partition(pdf, "text", None, "clean_")
    assert list(out.columns) == ["id", "text"] + [f"clean_{c}" for c in ARTICLE_COLUMNS]
    assert out["clean_is_article"].dtype == bool
    assert out["clean_error"].isna().tolist() == [True, False]
    assert out["clean_error"].tolist()[1] == "not a string: a missing value"
    assert out["text"].tolist()[0] == PAGES[0]  # prefix keeps the page text


@pytest.mark.slow
def test_dataframe_on_a_local_cluster(client: object) -> None:
    pdf = pd.DataFrame({"id": range(len(PAGES) + 1), "text": [*PAGES, None]})
    ddf = dd.from_pandas(pdf, npartitions=4)
    config = Config.precision()
    result = clean_dataframe_checked(ddf, config)
    got = result.compute()
    assert got["id"].tolist() == list(range(len(PAGES) + 1))
    assert got["text"].tolist()[:-1] == [clean(p, config=config).text for p in PAGES]
    assert got["is_article"].tolist()[:-1] == [clean(p, config=config).is_article
                                               for p in PAGES]
    assert got["error"].tolist()[-1] == "not a string: a missing value"
    assert got["error"].isna().sum() == len(PAGES)
    assert list(got.dtypes.items()) == list(result._meta.dtypes.items())


@pytest.mark.slow
def test_dataframe_result_round_trips_through_parquet(client: object, tmp_path: object) -> None:
    pytest.importorskip("pyarrow")
    page = "Home\nNews\n\nBy Jane Doe and John Roe\n\n" + PAGES[0].split("\n\n", 1)[1]
    ddf = dd.from_pandas(pd.DataFrame({"id": [1, 2], "text": [page, None]}), npartitions=2)
    out = clean_dataframe_checked(ddf, Config())
    out.to_parquet(str(tmp_path))
    back = pd.read_parquet(str(tmp_path)).sort_values("id")
    names, got = clean(page).authors, back["authors"].tolist()[0]
    assert (got == "; ".join(names)) if names else pd.isna(got)
    assert back["error"].isna().tolist() == [True, False]


def clean_dataframe_checked(ddf: object, config: Config) -> object:
    from newsclean.dask import clean_dataframe

    result = clean_dataframe(ddf, config=config)  # type: ignore[arg-type]
    assert "authors" in result.columns and "not_article_reason" in result.columns
    return result


@pytest.mark.slow
def test_bag_on_a_local_cluster(client: object) -> None:
    from newsclean.dask import clean_bag

    items = [{"id": i, "url": f"u{i}", "text": p} for i, p in enumerate(PAGES)]
    items.append({"id": "bad", "body": "no text field"})
    bag = db.from_sequence([*items, "a plain page string"], npartitions=3)
    out = clean_bag(bag).compute()
    assert [o.get("id") for o in out] == [*range(len(PAGES)), "bad", None]
    assert out[0]["url"] == "u0" and out[0]["text"] == clean(PAGES[0]).text
    assert out[len(PAGES)]["error"] == "missing field 'text'"
    assert out[-1]["error"] is None


def test_task_arguments_pickle_for_process_workers() -> None:
    # The in-process cluster above does not pickle; real workers do.
    import pickle

    from newsclean.dask import _clean_item

    fn, config = pickle.loads(pickle.dumps((_clean_item, Config.precision())))
    assert fn({"text": PAGES[0]}, config, "text")["text"] == clean(PAGES[0], config=config).text


def test_missing_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from newsclean.dask import clean_bag
    from newsclean.io import MissingExtraError

    monkeypatch.setitem(sys.modules, "dask", None)
    with pytest.raises(MissingExtraError, match=r'pip install "newsclean\[dask\]"'):
        clean_bag(object())  # type: ignore[arg-type]


def test_missing_column_is_a_clear_error() -> None:
    from newsclean.dask import clean_dataframe

    ddf = dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1)
    with pytest.raises(KeyError, match="no column 'text'"):
        clean_dataframe(ddf)
