"""Autosave and recovery: after a crash or a kill, the next start offers the work back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from mvi_tui.core import recovery
from mvi_tui.core.catalogue import default_catalogue
from mvi_tui.core.editing import new_plan
from tests.conftest import ROOT
from tests.tui_support import asynctest, make_app, settle, type_text


def dead_pid() -> int:
    """The id of a process that has ended (so its recovery file is an orphan)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_session_write_find_and_load(tmp_path: Path) -> None:
    plan = new_plan(default_catalogue(), "starter", "nl")
    plan.organisation.name = "Gemeente Herstel"
    session = recovery.RecoverySession(tmp_path, pid=dead_pid())
    session.write(plan, plan_path=tmp_path / "x.toml", step="ambitions", procurement="")
    found = recovery.find_orphans(tmp_path)
    assert [f.file for f in found] == [session.file]
    assert found[0].step == "ambitions" and found[0].title == "Gemeente Herstel"
    assert recovery.load_recovered(found[0]) == plan
    recovery.discard(found[0])
    assert recovery.find_orphans(tmp_path) == []


def test_a_running_session_is_not_an_orphan(tmp_path: Path) -> None:
    session = recovery.RecoverySession(tmp_path)
    session.write(new_plan(default_catalogue()))
    assert recovery.find_orphans(tmp_path) == []
    session.discard()
    assert not session.file.exists()


def test_broken_recovery_files_are_ignored(tmp_path: Path) -> None:
    (tmp_path / f"1-2{recovery.SUFFIX}").write_text("not toml [[[", encoding="utf-8")
    assert recovery.find_orphans(tmp_path) == []


@asynctest
async def test_every_change_is_autosaved_and_a_clean_exit_removes_it(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await type_text(pilot, "Gemeente Snel")
        await settle(pilot, 0.4)  # longer than the autosave delay
        files = list((tmp_path / "recovery").glob("*.toml"))
        assert len(files) == 1
        assert "Gemeente Snel" in files[0].read_text(encoding="utf-8")
        app.exit_cleanly()
        await settle(pilot)
    assert not list((tmp_path / "recovery").glob("*.toml"))


CRASHING_SESSION = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import date
    from pathlib import Path
    from mvi_tui.tui.app import MviApp

    rec = Path(sys.argv[1])

    class Crashing(MviApp):
        def on_ready(self):
            super().on_ready()
            self.set_timer(0.2, self.work)

        def work(self):
            from mvi_tui.core.editing import add_procurement, new_plan
            plan = new_plan(self.catalogue, "manifest", "nl")
            plan.organisation.name = "Waterschap Omgevallen"
            add_procurement(plan, self.catalogue, title="Gemaal", product_group="gemalen",
                            value_eur=2_500_000)
            self.set_plan(plan, None)
            self.action_goto("plan")
            self.changed()
            self.autosave_now()
            os.kill(os.getpid(), signal.SIGKILL)

    Crashing(None, "nl", today=date(2026, 3, 2), remember=False, recovery_dir=rec,
             examples=False).run(headless=True)
    """
)


@asynctest
async def test_recovery_after_a_kill(tmp_path: Path) -> None:
    rec = tmp_path / "recovery"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_SESSION, str(rec)],
        env=env,
        timeout=120,
        capture_output=True,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    assert len(list(rec.glob("*.toml"))) == 1

    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, 0.2)
        assert app.screen.__class__.__name__ == "ChoiceDialog"
        await pilot.press("enter")  # Recover
        await settle(pilot)
        assert app.plan.organisation.name == "Waterschap Omgevallen"
        assert [p.title for p in app.plan.procurements] == ["Gemaal"]
        assert app.dirty and app.current_mode == "plan"
        # The recovered work lives in this session's own recovery file now.
        files = list(rec.glob("*.toml"))
        assert len(files) == 1 and str(os.getpid()) in files[0].name


@asynctest
async def test_discarding_a_recovery_copy_removes_it(tmp_path: Path) -> None:
    rec = tmp_path / "recovery"
    session = recovery.RecoverySession(rec, pid=dead_pid())
    session.write(new_plan(default_catalogue()), step="organisation")
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, 0.2)
        await pilot.press("right", "enter")  # Discard
        await settle(pilot)
        assert app.current_mode == "start"
    assert not session.file.exists()
