"""Walls around a graded notebook and its judge: namespaces, a user id, control groups.

Used by the sandbox's child process (sandbox.py) and by the judge (judge.py) when the grader
runs as root on Linux:

- a mount namespace of its own, in which empty tmpfs folders cover the course directory
  (solutions/, tests, examples, the git history), the grading output (gradebook, other
  students' results and feedback), the submissions, /tmp (other students' scratch folders),
  /run (and so /var/lock), /dev/shm and root's home; only the Python installation, the virtual
  environment and the course's helper package (dlcourse) are mounted back, read-only, and the
  notebook's own scratch folder, writable, as a tmpfs of limited size (a full disk stays full
  inside the run);
- a network namespace of its own, with no network interface up: no connection can be made,
  not even to localhost (the kernel and its client talk over unix sockets);
- an IPC namespace of its own (SysV shared memory and semaphores vanish with the run) and, for
  the notebook, a PID namespace with a /proc of its own: the notebook sees its own processes
  only, and all of them die when the run ends;
- a user id of its own for every run (not root, in no group), so that a process the notebook
  leaves behind can be found and killed afterwards, and the per-user process limit contains
  fork bombs;
- a control group per run where the machine offers them (cgroup v2, else v1's memory, pids and
  cpu controllers): memory, processes and CPU limits for the whole run, not only per process.

Without root (an instructor's laptop) none of this is available: the child then runs with
resource limits only, and the kernel can read what the instructor's user can read. The threat
model in the instructors' guide says what each mode does and does not prevent.
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CLONE_NEWNS = 0x00020000
CLONE_NEWNET = 0x40000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWPID = 0x20000000
MS_RDONLY, MS_NOSUID, MS_NODEV = 0x1, 0x2, 0x4
MS_NOEXEC = 0x8
MS_REMOUNT, MS_BIND, MS_MOVE, MS_REC, MS_PRIVATE = 0x20, 0x1000, 0x2000, 0x4000, 0x40000
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


# Covered folders that the run may write to, each a small tmpfs: mode, size.
PRIVATE_WRITABLE = {Path("/dev/shm"): ("1777", "64m")}


def enter(
    workdir: Path | str,
    hide: list,
    keep_readonly: list,
    uid: int,
    disk_bytes: int | None = None,
    pid_namespace: bool = False,
) -> None:
    """Enter private namespaces with `hide` covered, then become `uid` (see the module doc).

    `keep_readonly` folders stay visible at their usual paths even when they lie inside a
    hidden folder. `workdir` stays visible and writable: with `disk_bytes`, as a tmpfs of that
    size holding a copy of its files. With `pid_namespace`, this returns in a grandchild that
    is the first process of a new PID namespace under a minimal init (which reaps orphans and
    ends the namespace when the grandchild ends); the two processes above it only wait.
    """
    libc = _libc()
    workdir = Path(workdir).resolve()
    hide = sorted({Path(p).resolve() for p in hide if Path(p).exists()}, key=lambda p: len(p.parts))
    hide += [p for p in (Path("/run"), *PRIVATE_WRITABLE) if p.exists() and p not in hide]
    keep = [(Path(p).resolve(), True) for p in keep_readonly if Path(p).exists()]

    flags = CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | (CLONE_NEWPID if pid_namespace else 0)
    _check(libc.unshare(flags), "unshare")
    _mount(libc, None, "/", None, MS_REC | MS_PRIVATE)
    # Stage what must stay visible (binds work only within this namespace), then cover.
    stage = Path("/mnt")
    _mount(libc, "tmpfs", str(stage), "tmpfs", MS_NOSUID | MS_NODEV, "mode=700,size=1m")
    staged = {}
    for index, (path, _) in enumerate(keep):
        staged[path] = stage / str(index)
        staged[path].mkdir()
        _mount(libc, str(path), str(staged[path]), None, MS_BIND | MS_REC)
    work = stage / "work"
    work.mkdir()
    if disk_bytes:
        _mount(libc, "tmpfs", str(work), "tmpfs", MS_NOSUID | MS_NODEV, f"size={disk_bytes}")
        _copy_tree(workdir, work, uid)
    else:
        _mount(libc, str(workdir), str(work), None, MS_BIND | MS_REC)
    covered: list[Path] = []
    for folder in hide:
        if any(_under(folder, done) for done in covered):
            continue  # already inside a covered folder
        mode, size = PRIVATE_WRITABLE.get(folder, ("755", "8m"))
        _mount(
            libc, "tmpfs", str(folder), "tmpfs", MS_NOSUID | MS_NODEV, f"mode={mode},size={size}"
        )
        covered.append(folder)
    for path, readonly in keep:
        if not any(_under(path, folder) for folder in covered):
            continue
        path.mkdir(parents=True, exist_ok=True)
        _mount(libc, str(staged[path]), str(path), None, MS_BIND | MS_REC)
        if readonly:
            _mount(libc, None, str(path), None, MS_BIND | MS_REMOUNT | MS_RDONLY)
    workdir.mkdir(parents=True, exist_ok=True)
    _mount(libc, str(work), str(workdir), None, MS_MOVE)
    os.chown(workdir, uid, uid)
    _check(libc.umount2(str(stage).encode(), MNT_DETACH), "umount staging")

    if pid_namespace:
        _wait_for(os.fork())  # this process stays outside the new PID namespace and waits
        _mount(libc, "proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
        _become(libc, uid)
        _wait_for(os.fork(), reap=True)  # the namespace's init
    _become(libc, uid)


def _become(libc, uid: int) -> None:
    if os.getuid() != uid:
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)
    libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG again: a change of user clears it


def _wait_for(child: int, reap: bool = False) -> None:
    """In the parent: wait for child (reaping any other child meanwhile), then exit as it did.

    In the child (child == 0) it returns at once.
    """
    if child == 0:
        return
    status = 1
    while True:
        try:
            pid, code = os.wait() if reap else os.waitpid(child, 0)
        except ChildProcessError:
            break
        except InterruptedError:
            continue
        if pid == child:
            status = os.waitstatus_to_exitcode(code)
            break
    os._exit(status if status >= 0 else 128 - status)


def _copy_tree(source: Path, target: Path, uid: int) -> None:
    """Copy the run's files into its own tmpfs, owned by the run's user."""
    for path in sorted(source.rglob("*")):
        rel = path.relative_to(source)
        dest = target / rel
        if path.is_symlink():
            continue
        if path.is_dir():
            dest.mkdir(exist_ok=True)
        elif path.is_file():
            shutil.copyfile(path, dest)
        os.chown(dest, uid, uid)
    os.chown(target, uid, uid)


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


CGROUP_ROOT = Path("/sys/fs/cgroup")
CGROUP_V1 = ("memory", "pids", "cpu")


class ControlGroup:
    """Memory, process and CPU limits for a whole run (all its processes together).

    cgroup v2 where /sys/fs/cgroup is the unified hierarchy with those controllers, otherwise
    v1's memory, pids and cpu controllers; `create` returns None where neither can be written
    (no root, a container without them): the run then has per-process rlimits only.
    """

    def __init__(self, folders: list[Path], version: int):
        self.folders = folders
        self.version = version

    @classmethod
    def create(
        cls, name: str, memory_bytes: int, processes: int, cpus: float
    ) -> ControlGroup | None:
        if not available():
            return None
        try:
            if (CGROUP_ROOT / "cgroup.controllers").is_file():
                return cls._create_v2(name, memory_bytes, processes, cpus)
            return cls._create_v1(name, memory_bytes, processes, cpus)
        except OSError:
            return None

    @classmethod
    def _create_v2(cls, name, memory_bytes, processes, cpus) -> ControlGroup | None:
        wanted = {"memory", "pids", "cpu"}
        if not wanted <= set((CGROUP_ROOT / "cgroup.controllers").read_text().split()):
            return None
        base = CGROUP_ROOT / "autograder"
        base.mkdir(exist_ok=True)
        for folder in (CGROUP_ROOT, base):
            (folder / "cgroup.subtree_control").write_text("+memory +pids +cpu")
        group = base / name
        group.mkdir(exist_ok=True)
        (group / "memory.max").write_text(str(memory_bytes))
        if (group / "memory.swap.max").exists():
            (group / "memory.swap.max").write_text("0")
        (group / "pids.max").write_text(str(processes))
        (group / "cpu.max").write_text(f"{int(cpus * 100_000)} 100000")
        return cls([group], 2)

    @classmethod
    def _create_v1(cls, name, memory_bytes, processes, cpus) -> ControlGroup | None:
        if not all(os.access(CGROUP_ROOT / c, os.W_OK) for c in CGROUP_V1):
            return None
        folders = []
        for controller in CGROUP_V1:
            group = CGROUP_ROOT / controller / "autograder" / name
            group.mkdir(parents=True, exist_ok=True)
            folders.append(group)
        memory, pids, cpu = folders
        (memory / "memory.limit_in_bytes").write_text(str(memory_bytes))
        if (memory / "memory.memsw.limit_in_bytes").exists():
            try:
                (memory / "memory.memsw.limit_in_bytes").write_text(str(memory_bytes))
            except OSError:
                pass  # no swap accounting on this machine
        (pids / "pids.max").write_text(str(processes))
        (cpu / "cpu.cfs_period_us").write_text("100000")
        (cpu / "cpu.cfs_quota_us").write_text(str(int(cpus * 100_000)))
        return cls(folders, 1)

    def join(self) -> None:
        """Move the calling process into the group (its children follow): for preexec_fn."""
        pid = str(os.getpid())
        for folder in self.folders:
            with open(folder / "cgroup.procs", "w") as handle:
                handle.write(pid)

    def pids(self) -> list[int]:
        try:
            return [int(p) for p in (self.folders[0] / "cgroup.procs").read_text().split()]
        except OSError:
            return []

    def close(self) -> None:
        """Kill whatever still runs in the group, then remove it."""
        for _ in range(50):
            pids = self.pids()
            if not pids:
                break
            kill = self.folders[0] / "cgroup.kill"
            if self.version == 2 and kill.exists():
                kill.write_text("1")
            for pid in pids:
                try:
                    os.kill(pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
            import time

            time.sleep(0.02)
        for folder in self.folders:
            try:
                folder.rmdir()
            except OSError:
                pass
