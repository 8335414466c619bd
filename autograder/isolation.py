"""Walls around a graded notebook: a private mount namespace and an unprivileged user id.

Used by the sandbox's child process (see sandbox.py) when the grader runs as root on Linux:

- a mount namespace of its own, in which empty tmpfs folders cover the course directory
  (solutions/, tests, the git history), the grading output (gradebook, other students' results
  and feedback), the submissions, /tmp (other students' scratch folders) and root's home;
  only the Python installation, the virtual environment and the course's helper package are
  mounted back, read-only, and the notebook's own scratch folder, writable;
- a network namespace of its own, with no network interface up: no connection can be made,
  not even to localhost (the kernel and its client talk over unix sockets);
- a user id of its own for every run (not root, in no group), so that a process the notebook
  leaves behind can be found and killed afterwards, and the per-user process limit contains
  fork bombs.

Without root (an instructor's laptop) none of this is available: the child then runs with
resource limits only, and the kernel can read what the instructor's user can read. The threat
model in the instructors' guide says what each mode does and does not prevent.
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import signal
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CLONE_NEWNS = 0x00020000
CLONE_NEWNET = 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV = 0x1, 0x2, 0x4
MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 0x20, 0x1000, 0x4000, 0x40000
MNT_DETACH = 0x2

FIRST_UID = 61000  # run user ids are FIRST_UID + n: no account, no group, no home
UID_SPAN = 4000


def available() -> bool:
    """True when this process can build the walls (root on Linux)."""
    return sys.platform.startswith("linux") and os.geteuid() == 0


def _lock_dir() -> Path:
    for base in (Path("/run"), Path(tempfile.gettempdir())):
        folder = base / "autograder-uids"
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
        except OSError:
            continue
        if os.access(folder, os.W_OK):
            return folder
    raise OSError("no folder for the grading user ids' lock files")


@contextmanager
def claimed_uid() -> Iterator[int]:
    """A user id held by this run alone while the block runs, across threads and processes.

    Each id has a lock file; the run holds an exclusive lock on it (released by the kernel if
    the grader dies), so two concurrent runs on one machine never share an id, and finishing
    one run (which kills every process of its id) never touches another. Whatever an earlier,
    killed grader left running under the id is killed before the id is used.
    """
    folder = _lock_dir()
    start = int.from_bytes(os.urandom(2), "big")
    for step in range(UID_SPAN):
        uid = FIRST_UID + (start + step) % UID_SPAN
        fd = os.open(folder / str(uid), os.O_CREAT | os.O_RDWR, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue
        try:
            kill_user(uid)
            yield uid
        finally:
            kill_user(uid)
            os.close(fd)
        return
    raise RuntimeError(f"all {UID_SPAN} grading user ids are in use")


def _libc():
    libc = ctypes.CDLL(None, use_errno=True)
    libc.mount.argtypes = [
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_ulong,
        ctypes.c_char_p,
    ]
    return libc


def _check(result: int, what: str) -> None:
    if result != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")


def _mount(libc, source: str | None, target: str, fstype: str | None, flags: int, data=None):
    _check(
        libc.mount(
            source.encode() if source else None,
            target.encode(),
            fstype.encode() if fstype else None,
            flags,
            data.encode() if data else None,
        ),
        f"mount {target}",
    )


def _under(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def enter(workdir: Path, hide: list[Path], keep_readonly: list[Path], uid: int) -> None:
    """Enter a private mount namespace with `hide` covered, then become `uid`.

    `keep_readonly` folders (and `workdir`, writable) stay visible at their usual paths even
    when they lie inside a hidden folder.
    """
    libc = _libc()
    hide = sorted({p.resolve() for p in hide if p.exists()}, key=lambda p: len(p.parts))
    keep = [(p.resolve(), True) for p in keep_readonly if p.exists()]
    keep.append((workdir.resolve(), False))

    # A network namespace of its own has no interface but a loopback that is down: no network at
    # all (the kernel talks to its client over unix sockets, see sandbox.execute).
    _check(libc.unshare(CLONE_NEWNS | CLONE_NEWNET), "unshare")
    _mount(libc, None, "/", None, MS_REC | MS_PRIVATE)
    # Stage what must stay visible (binds work only within this namespace), then cover.
    stage = Path("/mnt")
    _mount(libc, "tmpfs", str(stage), "tmpfs", MS_NOSUID | MS_NODEV, "mode=700,size=1m")
    staged = {}
    for index, (path, _) in enumerate(keep):
        staged[path] = stage / str(index)
        staged[path].mkdir()
        _mount(libc, str(path), str(staged[path]), None, MS_BIND | MS_REC)
    covered: list[Path] = []
    for folder in hide:
        if any(_under(folder, done) for done in covered):
            continue  # already inside a covered folder
        _mount(libc, "tmpfs", str(folder), "tmpfs", MS_NOSUID | MS_NODEV, "mode=755,size=8m")
        covered.append(folder)
    for path, readonly in keep:
        if not any(_under(path, folder) for folder in covered):
            continue
        path.mkdir(parents=True, exist_ok=True)
        _mount(libc, str(staged[path]), str(path), None, MS_BIND | MS_REC)
        if readonly:
            _mount(libc, None, str(path), None, MS_BIND | MS_REMOUNT | MS_RDONLY)
    _check(libc.umount2(str(stage).encode(), MNT_DETACH), "umount staging")

    os.setgroups([])
    os.setgid(uid)
    os.setuid(uid)
    libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG again: a change of user clears it


def kill_user(uid: int) -> int:
    """Kill every process running as uid (what a run left behind); return how many."""
    killed = 0
    for _ in range(20):  # a fork bomb may still be forking while we kill
        found = _kill_once(uid)
        killed += found
        if not found:
            break
    return killed


def _kill_once(uid: int) -> int:
    killed = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("Uid:"):
                if int(line.split()[1]) == uid:
                    try:
                        os.kill(int(entry.name), signal.SIGKILL)
                        killed += 1
                    except (ProcessLookupError, PermissionError):
                        pass
                break
    return killed
