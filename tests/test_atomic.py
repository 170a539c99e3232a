"""`AtomicBatch`: many files written atomically, flushed to disk together.

A batch export stages every file of a few plans in a hidden temporary file next to its
target and renames them all after one flush. What a user must be able to count on: the
targets appear complete or not at all, an existing file keeps its permissions, one file
that cannot be written does not take the others down, and nothing is left behind.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from mvi_tui.core import atomic
from mvi_tui.core.atomic import AtomicBatch


def temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture(params=["syncfs", "fsync per file"])
def flush_mode(request, monkeypatch) -> str:  # noqa: ANN001
    """Both ways of making the data durable: Linux's syncfs, or an fsync per file."""
    if request.param == "fsync per file":
        monkeypatch.setattr(atomic, "_syncfs", lambda: None)
    return request.param


def test_files_appear_only_at_commit_and_complete(tmp_path: Path, flush_mode: str) -> None:
    batch = AtomicBatch()
    data = {f"plan-{i}.md": (f"# Plan {i}\n" * 1000).encode() for i in range(5)}
    for name, content in data.items():
        batch.add(tmp_path / name, content)
    assert len(batch) == 5
    # Staged: hidden temporary files, no target yet.
    assert not any((tmp_path / name).exists() for name in data)
    assert len(temp_files(tmp_path)) == 5
    assert all(name.startswith(".") for name in temp_files(tmp_path))
    assert batch.commit() == {}
    for name, content in data.items():
        assert (tmp_path / name).read_bytes() == content
    assert temp_files(tmp_path) == [] and len(batch) == 0


def test_an_existing_output_is_replaced_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "plan.html"
    target.write_text("old", "utf-8")
    target.chmod(0o600)
    batch = AtomicBatch()
    batch.add(target, b"new")
    assert target.read_text("utf-8") == "old"  # untouched until the commit
    assert batch.commit() == {}
    assert target.read_text("utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_one_file_that_cannot_be_renamed_fails_alone(tmp_path: Path) -> None:
    blocked = tmp_path / "blocked.md"
    blocked.mkdir()  # a folder where the file should go
    (blocked / "keep").write_text("x", "utf-8")
    batch = AtomicBatch()
    batch.add(blocked, b"never")
    batch.add(tmp_path / "fine.md", b"written")
    failed = batch.commit()
    assert list(failed) == [str(blocked)] and isinstance(failed[str(blocked)], OSError)
    assert (tmp_path / "fine.md").read_bytes() == b"written"
    assert blocked.is_dir() and temp_files(tmp_path) == []


def test_a_failed_flush_renames_nothing(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    target = tmp_path / "plan.md"
    target.write_text("old", "utf-8")

    def broken_flush(folders: set[str]) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(atomic, "_flush", broken_flush)
    batch = AtomicBatch()
    batch.add(target, b"new")
    batch.add(tmp_path / "other.md", b"new")
    failed = batch.commit()
    assert set(failed) == {str(target), str(tmp_path / "other.md")}
    assert target.read_text("utf-8") == "old"
    assert not (tmp_path / "other.md").exists() and temp_files(tmp_path) == []


def test_discard_removes_what_was_staged(tmp_path: Path) -> None:
    batch = AtomicBatch()
    batch.add(tmp_path / "a.md", b"a")
    batch.discard()
    assert list(tmp_path.iterdir()) == [] and batch.commit() == {}


def test_a_missing_folder_fails_at_once(tmp_path: Path) -> None:
    batch = AtomicBatch()
    with pytest.raises(OSError):
        batch.add(tmp_path / "missing" / "a.md", b"a")
    assert len(batch) == 0


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_fails_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(PermissionError):
            AtomicBatch().add(folder / "a.md", b"a")
    finally:
        folder.chmod(0o700)
