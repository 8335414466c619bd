"""Where things are: the course root, solutions/ (nbgrader source), exercises/ (release)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
COURSE_ID = "deep-learning-in-python"  # as in nbgrader_config.py


def tool_env() -> dict[str, str]:
    """os.environ with this Python's bin folder first on PATH (nbgrader runs `alembic` from it)."""
    env = dict(os.environ)
    bindir = str(Path(sys.executable).parent)
    if env.get("PATH", "").split(os.pathsep)[0] != bindir:
        env["PATH"] = os.pathsep.join([bindir, env.get("PATH", "")])
    env.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    return env


class UserError(Exception):
    """A problem the user can fix; the CLI prints it as one line (traceback with --verbose)."""


@dataclass(frozen=True)
class Course:
    """The course directory and the folders nbgrader knows as source and release."""

    root: Path

    @classmethod
    def default(cls) -> Course:
        """The course this package lives in (the repository root)."""
        return cls(PACKAGE_DIR.parent)

    @property
    def solutions(self) -> Path:
        return self.root / "solutions"

    @property
    def exercises(self) -> Path:
        return self.root / "exercises"

    def assignments(self) -> list[str]:
        """Assignment ids: the folder names under solutions/, in order."""
        if not self.solutions.is_dir():
            raise UserError(f"no solutions/ folder in {self.root}")
        return sorted(
            p.name
            for p in self.solutions.iterdir()
            if p.is_dir() and not p.name.startswith(".") and any(p.glob("*.ipynb"))
        )

    def check_assignment(self, assignment: str) -> str:
        """Return the assignment id, or raise a UserError naming the known ones."""
        known = self.assignments()
        if assignment not in known:
            raise UserError(
                f"unknown assignment {assignment!r}; the course has: {', '.join(known) or 'none'}"
            )
        return assignment

    def source_notebooks(self, assignment: str) -> list[Path]:
        """The assignment's source notebooks (with solutions and hidden tests)."""
        return sorted((self.solutions / assignment).glob("*.ipynb"))

    def release_notebooks(self, assignment: str) -> list[Path]:
        """The assignment's student notebooks as released in exercises/."""
        return sorted((self.exercises / assignment).glob("*.ipynb"))
