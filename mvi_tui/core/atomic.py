"""Atomic file writes: a reader sees the old file or the new one, never half of one.

Write to a temporary file in the same folder (same file system, so rename is atomic),
flush and fsync it, then `os.replace` it over the target and fsync the folder.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path


def atomic_write_bytes(
    path: str | os.PathLike[str], data: bytes, *, backup: bool = False, fsync_folder: bool = True
) -> None:
    """Write `data` to `path` atomically; with `backup`, keep the old file as `path.bak`.

    `fsync_folder=False` leaves the folder's fsync to the caller, who writes many files
    into one folder and calls `fsync_folder(folder)` once (the batch export does).
    """
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
    if fsync_folder:
        _fsync_dir(folder)


def fsync_folder(folder: str | os.PathLike[str]) -> None:
    """Make the renames into `folder` durable (after writes with `fsync_folder=False`)."""
    _fsync_dir(Path(folder))


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
