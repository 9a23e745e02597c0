"""The NLP step on worker processes and on a Dask cluster gives the same knowledge base."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from test_resilience import knowledge, make_corpus

from extractor.cli import cli


def ingest(*args: str) -> str:
    result = CliRunner().invoke(cli, ["ingest", *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("engines") / "in", 70)  # two batches


@pytest.fixture(scope="module")
def inline(corpus, tmp_path_factory):
    db = tmp_path_factory.mktemp("inline") / "inline.db"
    ingest(str(corpus), "--db", str(db), "--workers", "0")
    return knowledge(db)


def test_worker_processes_give_the_same_database(corpus, inline, tmp_path):
    db = tmp_path / "workers.db"
    assert ingest(str(corpus), "--db", str(db), "--workers", "2").startswith("70 new, 0 updated")
    assert knowledge(db) == inline


def test_dask_cluster_gives_the_same_database(corpus, inline, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as cluster:
        db = tmp_path / "dask.db"
        output = ingest(str(corpus), "--db", str(db), "--engine", "dask", "--scheduler", cluster.scheduler_address)
        assert output.startswith("70 new, 0 updated")
        assert "analyse_batch" in cluster.scheduler.task_prefixes  # the work ran on the cluster
    assert knowledge(db) == inline


def test_dask_engine_needs_a_scheduler(corpus, tmp_path):
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", str(tmp_path / "x.db"), "--engine", "dask"])
    assert result.exit_code != 0 and "--scheduler" in result.output
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", str(tmp_path / "x.db"), "--engine", "dask",
                                      "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code != 0 and "dask engine" in result.output
