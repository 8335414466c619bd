"""Benchmark the book build: a cold build, then a warm rebuild with nothing changed.

    .venv/bin/python bench/build.py [--keep FOLDER]

1. cold: `jupyter-book build` of the whole book into a fresh --path-output, so jupyter-cache
   starts empty and every chapter notebook is executed;
2. warm: the same command again into the same output, nothing changed in between.

Both use the flags of `make book` and of tests/test_book.py (-W -n --keep-going). Prints the two
times with the machine and its load, and how many notebooks each build executed (myst-nb logs
"Executing notebook ..." for each one it runs and "Using cached notebook ..." for each one it
takes from the cache; book/_ext/parallel_execution.py logs "[i/n] book/NAME.ipynb executed in"
for each chapter it runs ahead of reading): the warm rebuild must execute none, or the script
exits non-zero.
Nothing here is a test: the times depend on the machine and on what else it is doing.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from machine import machine  # noqa: E402  (bench/machine.py)

from autograder.config import tool_env  # noqa: E402

BIN = Path(sys.executable).parent


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f}"


class Build:
    """One `jupyter-book build` run: its time, exit status and what myst-nb executed."""

    def __init__(self, output: Path, log: Path):
        start = time.perf_counter()
        done = subprocess.run(
            [
                str(BIN / "jupyter-book"),
                "build",
                str(ROOT),
                "--path-output",
                str(output),
                "-W",
                "-n",
                "--keep-going",
            ],
            capture_output=True,
            text=True,
            env=tool_env(),
        )
        self.seconds = time.perf_counter() - start
        self.returncode = done.returncode
        # Sphinx colours its messages: drop the terminal escapes before reading them.
        self.log = re.sub(r"\x1b\[[0-9;]*m", "", done.stdout + done.stderr)
        log.write_text(self.log)
        # myst-nb executes while reading; book/_ext/parallel_execution.py before reading.
        self.executed = len(re.findall(r"Executing notebook using", self.log)) + len(
            re.findall(r"\] \S+\.ipynb executed in", self.log)
        )
        self.cached = len(re.findall(r"Using cached notebook", self.log))
        self.failed = len(re.findall(r"Executing notebook failed", self.log))
        updated = re.search(r"updating environment: (?:\[[^\]]*\] )?(.*)", self.log)
        self.read = updated.group(1).strip() if updated else "?"

    def line(self, name: str) -> str:
        status = "ok" if self.returncode == 0 else f"FAILED (exit {self.returncode})"
        return (
            f"{name:5} {self.seconds:8.1f} s  {status}; notebooks executed: {self.executed}, "
            f"from the cache: {self.cached}, failed: {self.failed}; sources: {self.read}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--keep",
        type=Path,
        help="build into this (new or empty) folder and keep it, instead of a temporary one",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-build-") as scratch:
        output = args.keep.resolve() if args.keep else Path(scratch) / "book"
        if output.exists() and any(output.iterdir()):
            raise SystemExit(f"{output} is not empty: a cold build needs a fresh folder")
        output.mkdir(parents=True, exist_ok=True)
        print(f"machine: {machine()}")
        print(f"before:  {load()}")
        cold = Build(output, output / "cold.log")
        print(cold.line("cold"), flush=True)
        print(f"         {load()}")
        warm = Build(output, output / "warm.log")
        print(warm.line("warm"))
        print(f"after:   {load()}")
        print(f"logs:    {output / 'cold.log'}, {output / 'warm.log'}")

        problems = []
        if cold.returncode or warm.returncode:
            problems.append("a build failed: see its log")
        if cold.executed == 0:
            problems.append("the cold build executed no notebook: was the cache really fresh?")
        if warm.executed:
            problems.append(f"the warm rebuild re-executed {warm.executed} notebook(s)")
        for problem in problems:
            print(f"problem: {problem}")
        if problems and not args.keep:
            # The temporary folder goes away: keep the logs where they can be read.
            for name in ("cold.log", "warm.log"):
                kept = Path(tempfile.gettempdir()) / f"bench-build-{name}"
                kept.write_text((output / name).read_text())
                print(f"kept:    {kept}")
        return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
