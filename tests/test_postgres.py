"""`grade --db postgresql://...` keeps the gradebook on a real PostgreSQL server on loopback."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from conftest import ASSIGNMENTS, COURSE
from submissions import write_submission
from test_grade_cli import EXAMPLES, FIRST, read_grades, run_cli

pytestmark = pytest.mark.slow


def _postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def postgres_url():
    """Start a throw-away PostgreSQL server (Debian's package, installed when missing)."""
    if _postgres_bin() is None and os.geteuid() == 0:
        subprocess.run(["apt-get", "update", "-qq"], check=False, capture_output=True)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "postgresql"],
            check=True,
            capture_output=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )
    bindir = _postgres_bin()
    if bindir is None:
        pytest.fail("PostgreSQL is not installed and could not be installed (needs root)")
    run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    data = Path(tempfile.mkdtemp(prefix="gradebook-pg-", dir="/tmp"))
    if os.geteuid() == 0:
        shutil.chown(data, "postgres", "postgres")
    port = _free_port()
    subprocess.run(
        [
            *run_as,
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
        ],
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -h 127.0.0.1 -k {data}"
    subprocess.run(
        [
            *run_as,
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-w",
            "-l",
            str(data / "log"),
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        subprocess.run(
            [
                *run_as,
                str(bindir / "createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "-U",
                "postgres",
                "gradebook",
            ],
            check=True,
            capture_output=True,
        )
        yield f"postgresql://postgres@127.0.0.1:{port}/gradebook"
    finally:
        subprocess.run(
            [*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            check=False,
            capture_output=True,
        )
        shutil.rmtree(data, ignore_errors=True)


def test_grading_into_postgresql(postgres_url, tmp_path):
    from nbgrader.api import Gradebook

    done = run_cli(
        "grade", FIRST, str(EXAMPLES / FIRST), "--out", str(tmp_path / "a"), "--db", postgres_url
    )
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "a" / "gradebook.db").exists()
    second = ASSIGNMENTS[1]
    write_submission(tmp_path / "subs" / "correct_ada", COURSE, second)
    done = run_cli(
        "grade", second, str(tmp_path / "subs"), "--out", str(tmp_path / "b"), "--db", postgres_url
    )
    assert done.returncode == 0, done.stderr
    with Gradebook(postgres_url.replace("postgresql://", "postgresql+psycopg2://")) as gb:
        first = {s.student.id: s.score for s in gb.find_assignment(FIRST).submissions}
        assert first == {
            student: float(row["score"]) for student, row in read_grades(tmp_path / "a").items()
        }
        assert (
            gb.find_submission(second, "correct_ada").score == gb.find_assignment(second).max_score
        )
