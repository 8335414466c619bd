"""The machine a benchmark ran on, in one line, for the scripts in bench/."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def machine() -> str:
    """Platform, CPU model, core count and Python version of this machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    python = platform.python_version()
    return f"{platform.platform()}, {cpu}, {os.cpu_count()} cores, Python {python}"
