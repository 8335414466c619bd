"""Messages between the grader and its two child processes (the student's sandbox, the judge).

A message is a small JSON header and an optional binary blob, framed by their two lengths. The
grader reads each child's messages in a thread of their own, so that every wait has a deadline
and a child that sends nonsense, too much, or nothing at all is the problem of the notebook it
grades and never hangs the grader.
"""

from __future__ import annotations

import json
import queue
import threading
import time
from typing import IO, Any

MAX_HEADER_BYTES = 16 * 1024**2
MAX_BLOB_BYTES = 600 * 1024**2


class ChannelClosed(Exception):
    """The other side closed the channel, sent a damaged message, or did not answer in time."""


def send(stream: IO[bytes], header: dict[str, Any], blob: bytes = b"") -> None:
    head = json.dumps(header).encode()
    stream.write(len(head).to_bytes(8, "little") + len(blob).to_bytes(8, "little"))
    stream.write(head)
    if blob:
        stream.write(blob)
    stream.flush()


def _read_exactly(stream: IO[bytes], n: int) -> bytes:
    chunks = []
    while n:
        chunk = stream.read(min(n, 1 << 20))
        if not chunk:
            raise ChannelClosed("the other side closed the channel")
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def receive(stream: IO[bytes], max_blob: int = MAX_BLOB_BYTES) -> tuple[dict[str, Any], bytes]:
    """The next message; ChannelClosed at the end of the stream or on a damaged message."""
    lengths = _read_exactly(stream, 16)
    head_size = int.from_bytes(lengths[:8], "little")
    blob_size = int.from_bytes(lengths[8:], "little")
    if head_size > MAX_HEADER_BYTES or blob_size > max_blob:
        raise ChannelClosed(f"a message of {(head_size + blob_size) / 2**20:.0f} MB is too large")
    try:
        header = json.loads(_read_exactly(stream, head_size))
    except ValueError as exc:
        raise ChannelClosed(f"a damaged message ({exc})") from None
    if not isinstance(header, dict):
        raise ChannelClosed("a damaged message (header)")
    return header, _read_exactly(stream, blob_size) if blob_size else b""


class Inbox:
    """A child's messages, read by a thread of their own; `get` waits with a deadline."""

    def __init__(self, stream: IO[bytes], max_blob: int = MAX_BLOB_BYTES):
        self._queue: queue.Queue = queue.Queue()
        self._thread = threading.Thread(target=self._read, args=(stream, max_blob), daemon=True)
        self._thread.start()

    def _read(self, stream: IO[bytes], max_blob: int) -> None:
        try:
            while True:
                self._queue.put(receive(stream, max_blob))
        except ChannelClosed as exc:
            self._queue.put(exc)
        except (OSError, ValueError) as exc:
            self._queue.put(ChannelClosed(str(exc)))

    def get(self, timeout: float | None) -> tuple[dict[str, Any], bytes]:
        """The next message; ChannelClosed when the child is gone or silent past the timeout."""
        try:
            item = self._queue.get(timeout=None if timeout is None else max(timeout, 0.0))
        except queue.Empty:
            raise ChannelClosed("no answer in time") from None
        if isinstance(item, ChannelClosed):
            self._queue.put(item)  # every later get sees the end too
            raise item
        return item


class Deadline:
    """Seconds left until a moment; `left()` is never negative."""

    def __init__(self, seconds: float):
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        return max(self.end - time.monotonic(), 0.0)

    def passed(self) -> bool:
        return time.monotonic() >= self.end
