"""`grade --scheduler` sends the same grading tasks to a real Dask scheduler and two workers."""

from __future__ import annotations

import pytest

from test_grade_cli import EXAMPLES, FIRST, read_grades, run_cli, tree_digest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scheduler():
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        yield cluster.scheduler_address


def test_dask_cluster_grades_like_local_workers(scheduler, tmp_path):
    samples = EXAMPLES / FIRST
    before = tree_digest(samples)
    local = run_cli("grade", FIRST, str(samples), "--out", str(tmp_path / "local"))
    dask = run_cli(
        "grade", FIRST, str(samples), "--out", str(tmp_path / "dask"), "--scheduler", scheduler
    )
    assert local.returncode == 0 and dask.returncode == 0, dask.stderr
    scores = {
        where: {s: (r["score"], r["problem"]) for s, r in read_grades(tmp_path / where).items()}
        for where in ("local", "dask")
    }
    assert scores["dask"] == scores["local"]
    assert len(scores["dask"]) == 3
    for student in scores["dask"]:
        assert list((tmp_path / "dask" / "feedback" / student / FIRST).glob("*.html"))
    assert tree_digest(samples) == before


def test_unreachable_scheduler_is_one_clear_line(tmp_path):
    done = run_cli(
        "grade",
        FIRST,
        str(EXAMPLES / FIRST),
        "--out",
        str(tmp_path),
        "--scheduler",
        "tcp://127.0.0.1:9",
    )
    assert done.returncode == 2
    assert "scheduler" in done.stderr and "Traceback" not in done.stderr
