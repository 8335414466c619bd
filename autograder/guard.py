"""The grading kernel: before each test cell, undo what student code did to the test machinery.

The grader starts kernels with `--IPKernelApp.kernel_class=autograder.guard.GuardedKernel`.
When a cell's code starts with the MARKER line (the grader puts it on every test cell it takes
from the source), the kernel first restores, to their state at kernel start:

- IPython's input transformers and AST transformers (which could rewrite the test before it
  runs), its custom exception handlers and any instance-level replacement of its methods
  (showtraceback, run_cell, ...), sys.excepthook and sys.displayhook;
- the attributes of numpy, numpy.testing, math and builtins (so a monkeypatched
  `np.testing.assert_allclose` or `np.isclose` is the real one again).

The marker is read from the raw code before any transformer sees it. This is a guard inside
the student's own process: it stops the cheats above, not code that patches the kernel object
itself; the threat model in the instructors' guide says so.
"""

from __future__ import annotations

import builtins
import importlib
import sys

from ipykernel.ipkernel import IPythonKernel

from .markers import MARKER

GUARDED_MODULES = ("builtins", "math", "numpy", "numpy.testing", "numpy.linalg")
SHELL_METHODS = (
    "showtraceback",
    "_showtraceback",
    "showsyntaxerror",
    "showindentationerror",
    "run_cell",
    "run_cell_async",
    "run_code",
    "run_ast_nodes",
    "transform_cell",
    "transform_ast",
    "should_run_async",
    "set_custom_exc",
    "CustomTB",
)


def _snapshot_module(name: str) -> tuple[object, dict] | None:
    try:
        module = importlib.import_module(name)
    except Exception:
        return None
    return module, dict(vars(module))


class GuardedKernel(IPythonKernel):
    """An IPython kernel that restores the test machinery before each test cell."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        shell = self.shell
        manager = shell.input_transformer_manager
        self._manager = manager
        self._transforms = {
            name: list(getattr(manager, name))
            for name in ("cleanup_transforms", "line_transforms", "token_transformers")
        }
        self._post = list(shell.input_transformers_post)
        self._ast = list(shell.ast_transformers)
        self._hooks = (sys.excepthook, sys.displayhook)
        self._modules = {}

    def _snapshot_late(self) -> None:
        """Modules are snapshotted lazily, at the first cell, before any student code runs."""
        if not self._modules:
            for name in GUARDED_MODULES:
                snap = _snapshot_module(name)
                if snap is not None:
                    self._modules[name] = snap

    def restore(self) -> None:
        shell = self.shell
        shell.input_transformer_manager = self._manager
        for name, original in self._transforms.items():
            setattr(self._manager, name, list(original))
        shell.input_transformers_post = list(self._post)
        shell.ast_transformers = list(self._ast)
        for name in SHELL_METHODS:
            shell.__dict__.pop(name, None)
        type(shell).set_custom_exc(shell, (), None)
        sys.excepthook, sys.displayhook = self._hooks
        for module, original in self._modules.values():
            current = vars(module)
            for attr, value in original.items():
                if current.get(attr, None) is not value:
                    try:
                        setattr(module, attr, value)
                    except (AttributeError, TypeError):
                        pass
        shell.user_ns["__builtins__"] = builtins

    async def do_execute(
        self, code, silent, store_history=True, user_expressions=None, allow_stdin=False, **kwargs
    ):
        self._snapshot_late()
        if code.lstrip().startswith(MARKER):
            self.restore()
        return await super().do_execute(
            code, silent, store_history, user_expressions, allow_stdin, **kwargs
        )
