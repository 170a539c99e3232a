"""The wizard in a browser (`mvi serve`): only the plan folder, exports as downloads.

`MVI_WEB_ROOT` is what `mvi serve` sets for every tab's wizard, so setting it here puts
the app in browser mode without a browser. The deliveries are recorded instead of sent.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Button, Input, OptionList, Static

from mvi_tui.core import recovery
from mvi_tui.core.catalogue import default_catalogue
from mvi_tui.core.editing import new_plan
from mvi_tui.tui.app import MviApp
from mvi_tui.tui.screens.dialogs import PathDialog, PathSuggester
from mvi_tui.tui.web import OutsideRoot
from tests.conftest import EXAMPLES
from tests.tui_support import (
    TODAY,
    asynctest,
    make_app,
    replace_text,
    settle,
    start_screen_ready,
    wait_until,
)

PLAN = "waterschap-rivierenland.toml"


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A served plan folder: a plan, one in a subfolder, and a TOML file that is no plan."""
    folder = tmp_path / "plans"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(EXAMPLES / PLAN, folder / PLAN)
    shutil.copy(EXAMPLES / PLAN, folder / "sub" / "copy.toml")
    (folder / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    monkeypatch.setenv("MVI_WEB_ROOT", str(folder))
    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    return folder


def browser_app(tmp_path: Path, plan: Path | None = None) -> MviApp:
    """A wizard built as `mvi serve` builds it: remembering and examples left at their defaults."""
    return MviApp(plan, "en", today=TODAY, recovery_dir=tmp_path / "recovery")


def files_in(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")}


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@asynctest
async def test_start_screen_lists_the_folders_plans_and_nothing_of_the_server_user(
    tmp_path: Path, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The server user has a recent plan and a recovery copy a dead session left behind.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    from mvi_tui.core.settings import remember_recent

    remember_recent(EXAMPLES / "ministerie-bzk.toml")
    orphan = recovery.RecoverySession(tmp_path / "recovery", pid=dead_pid())
    orphan.write(new_plan(default_catalogue(), None, "en"))
    assert recovery.find_orphans(tmp_path / "recovery")

    app = browser_app(tmp_path)
    assert app.in_browser and not app.remember and app.examples_dir is None
    async with app.run_test(size=(100, 30)) as pilot:
        await start_screen_ready(pilot)
        await wait_until(pilot, lambda: app.screen.served is not None)  # type: ignore[attr-defined]
        assert app.screen.__class__.__name__ == "StartScreen"  # no recovery offer
        options = app.screen.query_one(OptionList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        text = "\n".join(labels)
        assert f"Plans in {root.name}" in text
        assert f"  {PLAN}" in labels and "  sub/copy.toml" in labels
        assert "pyproject" not in text
        assert "Recent plans" not in text and "ministerie-bzk" not in text
        assert "Examples" not in text

        # Choosing a listed plan opens it from the folder.
        options.highlighted = labels.index(f"  {PLAN}")
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.path is not None)
        assert app.path == root / PLAN


@asynctest
async def test_save_as_outside_the_folder_is_refused_and_the_dialog_stays(
    tmp_path: Path, root: Path
) -> None:
    before = files_in(tmp_path)
    app = browser_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await start_screen_ready(pilot)
        await pilot.press("enter")  # a new empty plan
        await settle(pilot)
        await pilot.press("ctrl+s")  # no file yet: Save as
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, PathDialog)
        await replace_text(pilot, "../outside.toml")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is dialog  # still open
        shown = str(dialog.query_one("#path-error", Static).render())
        expected = OutsideRoot("../outside.toml", root).message("en")
        assert shown == expected and "outside the plan folder" in shown
        assert not (tmp_path / "outside.toml").exists()

        # A name inside the folder is taken relative to it, not to the working directory.
        await replace_text(pilot, "sub/nieuw")
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, PathDialog)
        assert app.path == root / "sub" / "nieuw.toml" and not app.dirty
    assert files_in(tmp_path) - before == {root / "sub" / "nieuw.toml"}


@asynctest
async def test_open_and_completion_stay_inside_the_folder(tmp_path: Path, root: Path) -> None:
    app = browser_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await start_screen_ready(pilot)
        app.action_open()
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, PathDialog)
        outside = EXAMPLES / "ministerie-bzk.toml"
        await replace_text(pilot, str(outside))
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is dialog and app.path is None
        assert "outside the plan folder" in str(dialog.query_one("#path-error").render())

        # Completion: names in the folder, never the folders around it.
        suggester = dialog.query_one(Input).suggester
        assert isinstance(suggester, PathSuggester)
        assert await suggester.get_suggestion("su") == "sub/"
        assert await suggester.get_suggestion("../") is None
        assert await suggester.get_suggestion("/") is None
        # Opening a plan the app was handed from outside is refused too.
        app.open_plan(outside)
        await settle(pilot)
        assert app.path is None


@asynctest
async def test_export_in_the_browser_is_delivered_and_writes_nothing_in_the_folder(
    tmp_path: Path, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = files_in(root)
    app = browser_app(tmp_path, root / PLAN)
    sent: list[tuple[str, bytes]] = []

    def record(data: Any, *, save_filename: str, **_: Any) -> str:
        sent.append((save_filename, data.read()))
        return "key"

    monkeypatch.setattr(app, "deliver_binary", record)
    monkeypatch.setattr(app, "deliver_text", record)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: app.path is not None)
        app.action_export()
        await settle(pilot)
        screen = app.screen
        assert not screen.query_one("#rv-folder-line").display  # no folder to choose
        screen.query_one("#rv-export", Button).press()
        await wait_until(pilot, lambda: len(sent) == 1)
        screen.query_one("#rv-coaching", Button).press()
        await wait_until(pilot, lambda: len(sent) == 2)
    stem = PLAN.removesuffix(".toml")
    (export_name, export_zip), (coaching_name, coaching_zip) = sent
    assert export_name == f"{stem}.zip"
    names = zipfile.ZipFile(io.BytesIO(export_zip)).namelist()
    assert any(n.endswith(".md") for n in names) and any(n.endswith(".docx") for n in names)
    assert coaching_name == f"{stem}.coaching.zip"
    assert sorted(zipfile.ZipFile(io.BytesIO(coaching_zip)).namelist()) == [
        f"{stem}.coaching.docx",
        f"{stem}.coaching.md",
    ]
    assert files_in(root) == before


@asynctest
async def test_coaching_report_in_the_terminal_lands_in_the_export_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MVI_WEB_ROOT", raising=False)
    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    plan = tmp_path / PLAN
    shutil.copy(EXAMPLES / PLAN, plan)
    app = make_app(tmp_path, plan)
    assert not app.in_browser and app.plan_root is None
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: app.path is not None)
        app.action_export()
        await settle(pilot)
        app.screen.query_one("#rv-folder", Input).value = str(tmp_path / "out")
        app.action_coaching()
        stem = PLAN.removesuffix(".toml")
        await wait_until(pilot, lambda: (tmp_path / "out" / f"{stem}.coaching.docx").exists())
        assert (tmp_path / "out" / f"{stem}.coaching.md").is_file()


def test_plan_step_shows_the_report_figures(tmp_path):
    """Issue 8: the plan step's coverage picture starts with the figures of `mvi report`."""
    from tests.conftest import EXAMPLES
    from tests.tui_support import asynctest, make_app, settle

    @asynctest
    async def run() -> None:
        app = make_app(tmp_path, EXAMPLES / "gemeente-utrecht.toml")
        async with app.run_test(size=(100, 40)) as pilot:
            await settle(pilot)
            app.action_goto("plan")
            await settle(pilot)
            await pilot.press("v")
            await settle(pilot)
            text = app.screen.coverage_text(90)
            assert "With MVI criteria: 3 of 8 procurements (38%)" in text
            assert "Rijk target 50%" in text and "CO2-eq of the spend" in text
            assert "Social return where it applies: 2 of 5" in text

    run()
