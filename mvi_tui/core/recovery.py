"""Recovery files: the wizard's safety net against crashes, kills and power cuts.

After every change the wizard writes the whole plan, plus where the user was, to one
file per session under the user's data folder (`data_dir()/recovery`). A clean exit
removes it. So a recovery file whose process is gone means the session ended badly, and
the next start offers it back with nothing lost. The writes are atomic (`atomic.py`),
so a kill in the middle of a write leaves the previous complete copy.

No Textual here: the prompt mode and the web front end can use the same files.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from mvi_tui.core.atomic import atomic_write_text

if TYPE_CHECKING:
    from mvi_tui.core.plan import Plan

SUFFIX = ".recovery.toml"


def recovery_dir() -> Path:
    """The folder with recovery files (created on first write, not here)."""
    from mvi_tui.core.paths import data_dir

    return data_dir() / "recovery"


def _pid_alive(pid: int) -> bool:
    """Whether a process with this id still runs (another wizard owning its file)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - os.kill(pid, 0) would signal on Windows
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, but belongs to someone else
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class RecoveryInfo:
    """What a recovery file says about the session that wrote it."""

    file: Path
    plan_path: str
    saved_at: str
    pid: int
    step: str
    procurement: str
    title: str

    @property
    def display_time(self) -> str:
        """`2026-03-01 14:05` for dialogs; the raw value when it is not a timestamp."""
        try:
            return datetime.fromisoformat(self.saved_at).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return self.saved_at


class RecoverySession:
    """The recovery file of one running wizard."""

    def __init__(self, folder: Path | None = None, pid: int | None = None) -> None:
        self.folder = folder or recovery_dir()
        self.pid = os.getpid() if pid is None else pid
        # pid plus start time: unique even when a pid is reused by a later session.
        self.file = self.folder / f"{self.pid}-{time.time_ns()}{SUFFIX}"
        self.writes = 0

    def write(
        self,
        plan: Plan,
        *,
        plan_path: str | os.PathLike[str] | None = None,
        step: str = "",
        procurement: str = "",
    ) -> None:
        """Store the plan and the wizard's position; raises OSError when the disk refuses."""
        import tomli_w

        from mvi_tui.core.planfile import plan_to_dict

        header = {
            "plan_path": str(plan_path or ""),
            "saved_at": datetime.now().isoformat(timespec="seconds"),
            "pid": self.pid,
            "step": step,
            "procurement": procurement,
            "title": plan.organisation.name,
        }
        text = tomli_w.dumps({"recovery": header, "plan": plan_to_dict(plan)})
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.file, text)
        self.writes += 1

    def discard(self) -> None:
        """Remove this session's file: called on a clean exit."""
        with contextlib.suppress(OSError):
            self.file.unlink()


def _read_header(file: Path) -> RecoveryInfo | None:
    """The `[recovery]` table of a file, or None when it is not a readable recovery file."""
    import tomllib

    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
        head = data["recovery"]
        return RecoveryInfo(
            file=file,
            plan_path=str(head.get("plan_path", "")),
            saved_at=str(head.get("saved_at", "")),
            pid=int(head.get("pid", 0)),
            step=str(head.get("step", "")),
            procurement=str(head.get("procurement", "")),
            title=str(head.get("title", "")),
        )
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError):
        return None


def find_orphans(folder: Path | None = None) -> list[RecoveryInfo]:
    """Recovery files left by sessions that are no longer running, newest first."""
    base = folder or recovery_dir()
    if not base.is_dir():
        return []
    found = []
    for file in base.glob(f"*{SUFFIX}"):
        info = _read_header(file)
        if info is None or _pid_alive(info.pid):
            continue
        found.append(info)
    found.sort(key=lambda i: i.saved_at, reverse=True)
    return found


def load_recovered(info: RecoveryInfo) -> Plan:
    """The plan stored in a recovery file (validated by the plan models)."""
    import tomllib

    from mvi_tui.core.plan import Plan

    data = tomllib.loads(info.file.read_text(encoding="utf-8"))
    return Plan.model_validate(data.get("plan", {}))


def discard(info: RecoveryInfo) -> None:
    """Delete a recovery file the user chose not to keep."""
    with contextlib.suppress(OSError):
        info.file.unlink()
