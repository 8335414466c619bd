"""Run chapters' code as a plain Python script, on any Keras backend, and time it.

    python bench/chapters.py book/10_convolutional_networks.ipynb ... [--figures FOLDER]

Made for the GPU path of the heavier chapters on a machine that has a GPU but no Jupyter and no
TensorFlow (`KERAS_BACKEND=jax` or `torch`): each chapter's code cells run in order in one
namespace, from the chapter's folder, as the kernel would run them. Lines of IPython magics (the
Colab set-up cell's `%pip`) are skipped, `myst_nb.glue` records the glued values, and `plt.show()`
saves each figure as a PNG into FOLDER. Prints the machine, the Keras backend and whether it has
a GPU (`nvidia-smi -L` names it), then for each chapter its time, its slowest cells and its
glued values. A cell that raises stops that chapter (reported) and the next chapter starts.
Exit status 1 when any chapter failed. Nothing here is a test: the times depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import sys
import time
import traceback
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAGIC = re.compile(r"^(\s*)[%!].*$", re.MULTILINE)


def code_cells(path: Path) -> list[str]:
    """The chapter's code cells, with IPython magics replaced by `pass`."""
    import json

    notebook = json.loads(path.read_text(encoding="utf-8"))
    cells = []
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            source = "".join(cell["source"])
            cells.append(MAGIC.sub(lambda m: f"{m.group(1)}pass", source))
    return cells


class Chapter:
    """One chapter run: glued values, per-cell times, the figures saved, the error if any."""

    def __init__(self, path: Path, figures: Path):
        self.path = path
        self.figures = figures
        self.glued: dict[str, object] = {}
        self.times: list[tuple[float, int, str]] = []
        self.saved = 0
        self.error: str | None = None
        self.seconds = 0.0

    def glue(self, name, value, display=True):
        self.glued[name] = value

    def show(self, *args, **kwargs):
        import matplotlib.pyplot as plt

        for number in plt.get_fignums():
            self.saved += 1
            name = f"{self.path.stem}-{self.saved:02d}.png"
            plt.figure(number).savefig(self.figures / name)
        plt.close("all")

    def run(self) -> None:
        import matplotlib.pyplot as plt

        myst_nb = types.ModuleType("myst_nb")
        myst_nb.glue = self.glue
        sys.modules["myst_nb"] = myst_nb
        plt.switch_backend("Agg")

        def show(*args, **kwargs):  # a function: pyplot sets attributes on plt.show
            self.show()

        plt.show = show
        namespace: dict[str, object] = {"__name__": "__main__"}
        here = os.getcwd()
        os.chdir(self.path.parent)
        start = time.perf_counter()
        try:
            for number, source in enumerate(code_cells(self.path), 1):
                began = time.perf_counter()
                try:
                    exec(compile(source, f"{self.path.name}[{number}]", "exec"), namespace)
                except Exception:
                    self.error = f"cell {number}: " + traceback.format_exc(limit=-3)
                    break
                finally:
                    first = source.strip().splitlines()[0] if source.strip() else ""
                    self.times.append((time.perf_counter() - began, number, first[:60]))
                self.show()
        finally:
            self.seconds = time.perf_counter() - start
            os.chdir(here)

    def report(self) -> str:
        status = "ok" if self.error is None else "FAILED"
        lines = [f"{self.path.name}: {self.seconds:.1f} s, {status}, {self.saved} figures"]
        for seconds, number, first in sorted(self.times, reverse=True)[:4]:
            lines.append(f"    cell {number:3} {seconds:7.1f} s  {first}")
        for name, value in self.glued.items():
            lines.append(f"    glue {name} = {value!r:.70}")
        if self.error:
            lines.append("    " + self.error.strip().replace("\n", "\n    "))
        return "\n".join(lines)


def describe() -> str:
    import keras
    from machine import machine  # bench/machine.py

    from dlcourse.hardware import gpu_available

    return (
        f"machine: {machine()}\n"
        f"keras {keras.__version__} on {keras.backend.backend()}; GPU: {gpu_available()}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("chapters", nargs="+", type=Path, help="chapter notebooks (.ipynb)")
    parser.add_argument("--figures", type=Path, default=Path("chapter-figures"))
    args = parser.parse_args()
    missing = [str(path) for path in args.chapters if not path.is_file()]
    if missing:
        parser.error(f"no such notebook: {', '.join(missing)}")

    sys.path.insert(0, str(ROOT))  # dlcourse, when it is not installed
    socket.setdefaulttimeout(20)  # a download without network fails soon instead of hanging
    args.figures.mkdir(parents=True, exist_ok=True)
    print(describe(), flush=True)
    failed = 0
    for path in args.chapters:
        chapter = Chapter(path.resolve(), args.figures.resolve())
        chapter.run()
        failed += chapter.error is not None
        print(chapter.report(), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
