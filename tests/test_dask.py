"""`extract --dask`: sheets made on a Dask cluster (a LocalCluster of two single-threaded worker
processes) are byte for byte those of a local run; unchanged articles are never sent; a worker
killed mid-run costs only a re-run of its batches."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from generator.cli import main
from generator.config import Config
from generator.pipeline import extract
from tests.conftest import ARTICLE_ONE, ARTICLE_TWO, make_project, write_article

distributed = pytest.importorskip("distributed")

ARTICLES = {
    "one.md": ARTICLE_ONE,
    "two.md": ARTICLE_TWO,
    **{
        f"extra-{n}.md": ARTICLE_TWO.replace("id: deal", f"id: deal-{n}").replace(
            "Tuesday", ["Monday", "Wednesday", "Thursday", "Friday"][n]
        )
        for n in range(4)
    },
}


@pytest.fixture(scope="module")
def cluster():  # type: ignore[no-untyped-def]
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local


def new_project(folder: Path) -> Path:
    make_project(folder)
    for name, text in ARTICLES.items():
        write_article(folder, name, text)
    return folder


def sheets(root: Path) -> dict[str, bytes]:
    facts = root / "content" / "facts"
    return {p.name: p.read_bytes() for p in sorted(facts.glob("*.yml"))}


def test_sheets_are_those_of_a_local_run(cluster, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    local, remote = new_project(tmp_path / "local"), new_project(tmp_path / "remote")
    assert extract(Config(root=local), jobs=1).extracted
    report = extract(Config(root=remote), dask=cluster.scheduler_address)
    assert not report.problems
    assert len(report.extracted) == len(ARTICLES)
    assert sheets(remote) == sheets(local)


def test_unchanged_articles_are_not_sent(cluster, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = new_project(tmp_path)
    extract(Config(root=root), dask=cluster.scheduler_address)
    # Nothing is stale, so no scheduler is even asked: an address nobody answers at is fine.
    again = extract(Config(root=root), dask="tcp://127.0.0.1:9")
    assert (again.extracted, len(again.unchanged)) == ([], len(ARTICLES))


def test_a_worker_killed_mid_run_costs_only_a_rerun(  # type: ignore[no-untyped-def]
    cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.pipeline import cluster as cluster_module

    local, remote = new_project(tmp_path / "local"), new_project(tmp_path / "remote")
    extract(Config(root=local), jobs=1)
    real_connect = cluster_module.connect

    def connect_then_kill_a_worker(address: str):  # type: ignore[no-untyped-def]
        client = real_connect(address)
        submit = client.map

        def map_and_kill(*args, **kwargs):  # type: ignore[no-untyped-def]
            futures = submit(*args, **kwargs)
            victim = sorted(client.scheduler_info()["workers"])[0]
            pid = client.run(os.getpid, workers=[victim])[victim]
            os.kill(
                pid, signal.SIGKILL
            )  # the worker dies as a machine would; its nanny restarts it
            return futures

        client.map = map_and_kill
        return client

    monkeypatch.setattr(cluster_module, "connect", connect_then_kill_a_worker)
    report = extract(Config(root=remote), dask=cluster.scheduler_address)
    assert not report.problems
    assert sheets(remote) == sheets(local)
    assert not list((remote / "content" / "facts").glob(".*.tmp*"))


def test_a_scheduler_that_does_not_answer_is_one_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator.pipeline import cluster as cluster_module

    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT", "1s")
    root = new_project(tmp_path)
    assert main(["--root", str(root), "extract", "--dask", "tcp://127.0.0.1:9"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("error: no Dask scheduler answered at tcp://127.0.0.1:9")
    assert not (root / "content" / "facts").exists() or not sheets(root)
