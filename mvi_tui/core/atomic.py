"""Atomic file writes: a reader sees the old file or the new one, never half of one.

Write to a temporary file in the same folder (same file system, so rename is atomic),
flush and fsync it, then `os.replace` it over the target and fsync the folder.
`AtomicBatch` does the same for the many files of a batch export with one flush for all.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, backup: bool = False) -> None:
    """Write `data` to `path` atomically; with `backup`, keep the old file as `path.bak`."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                shutil.copymode(target, tmp_name)
            if backup:
                _atomic_copy(target, target.with_name(target.name + ".bak"))
        else:
            os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(folder)


def atomic_write_text(path: str | os.PathLike[str], text: str, *, backup: bool = False) -> None:
    """Write UTF-8 text atomically (see `atomic_write_bytes`)."""
    atomic_write_bytes(path, text.encode("utf-8"), backup=backup)


def _atomic_copy(source: Path, dest: Path) -> None:
    """Copy `source` over `dest` atomically, so a kill mid-copy never leaves a torn backup.

    A plain `shutil.copy2` truncates `dest` first: killed at that moment, the backup of
    the previous version would be empty (found by tests/test_crash_safety.py).
    """
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as handle, open(source, "rb") as src:
            shutil.copyfileobj(src, handle)
            handle.flush()
            os.fsync(handle.fileno())
        shutil.copystat(source, tmp_name)
        os.replace(tmp_name, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (ignored where the OS cannot open folders)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


_NEW_FILE = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
)


class AtomicBatch:
    """Many files written atomically, made durable together: one disk flush, not one each.

    A batch export writes thousands of small files. With an fsync per file most of its
    time went to the kernel; here each file goes to a hidden temporary file next to its
    target (`.NAME.PID-N.tmp`, the pattern folder scans skip), and `commit()` flushes
    them all at once (Linux `syncfs`, one call per file system; elsewhere an fsync per
    file when it is staged), then renames each over its target and fsyncs each folder
    once. The guarantee is the one of `atomic_write_bytes`: a crash at any moment leaves
    the old file or the new one, complete, never half of one.
    """

    def __init__(self) -> None:
        self._staged: list[tuple[str, str]] = []
        self._prefix = f"{os.getpid()}-"
        self._counter = itertools.count()

    def __len__(self) -> int:
        return len(self._staged)

    def add(self, path: str | os.PathLike[str], data: bytes) -> None:
        """Write `data` for `path` to its temporary file; raises `OSError` for this file."""
        target = os.fspath(path)
        folder, name = os.path.split(target)
        tmp = os.path.join(folder, f".{name}.{self._prefix}{next(self._counter)}.tmp")
        fd = os.open(tmp, _NEW_FILE, 0o644)
        try:
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                if _syncfs() is None:
                    os.fsync(fd)
            finally:
                os.close(fd)
            with contextlib.suppress(FileNotFoundError):  # an existing output keeps its mode
                os.chmod(tmp, os.stat(target).st_mode & 0o7777)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        self._staged.append((tmp, target))

    def commit(self) -> dict[str, OSError]:
        """Flush, rename and sync every staged file; the targets that failed, with why.

        A failed flush fails the whole batch (nothing is renamed: the old files stay);
        a failed rename fails only its own file.
        """
        staged, self._staged = self._staged, []
        if not staged:
            return {}
        folders = {os.path.dirname(target) or "." for _, target in staged}
        try:
            _flush(folders)
        except OSError as exc:
            _unlink_all(tmp for tmp, _ in staged)
            return {target: exc for _, target in staged}
        failed: dict[str, OSError] = {}
        for tmp, target in staged:
            try:
                os.replace(tmp, target)
            except OSError as exc:
                failed[target] = exc
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
        for folder in folders:
            _fsync_dir(Path(folder))
        return failed

    def discard(self) -> None:
        """Remove the staged temporary files (their targets stay as they were)."""
        _unlink_all(tmp for tmp, _ in self._staged)
        self._staged = []


def _unlink_all(paths: Iterable[str]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            os.unlink(path)


@lru_cache(maxsize=1)
def _syncfs() -> Callable[[int, str], None] | None:
    """Linux's `syncfs(fd)` through ctypes (the GIL is released while it waits), or None.

    The function returned raises `OSError` naming `folder` when the flush fails.
    """
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        function = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int]
    function.restype = ctypes.c_int

    def syncfs(fd: int, folder: str) -> None:
        if function(fd) != 0:
            errno = ctypes.get_errno()
            raise OSError(errno, os.strerror(errno), folder)

    return syncfs


def _flush(folders: set[str]) -> None:
    """Make the staged data in `folders` durable: one `syncfs` per file system."""
    syncfs = _syncfs()
    if syncfs is None:
        return  # each file was fsynced when it was staged
    done: set[int] = set()
    for folder in folders:
        fd = os.open(folder, os.O_RDONLY)
        try:
            device = os.fstat(fd).st_dev
            if device not in done:
                syncfs(fd, folder)
                done.add(device)
        finally:
            os.close(fd)
