"""The award step's bids are kept next to the plan, so a consultant finds them again."""

from __future__ import annotations

import shutil
from pathlib import Path

from mvi_tui.core.award import bids_file_for, load_bids_file
from tests.conftest import EXAMPLES, run_mvi
from tests.tui_support import asynctest, make_app, settle


async def open_simulation(app, pilot) -> None:  # noqa: ANN001
    app.action_goto("award")
    await settle(pilot)
    app.screen.query_one("#aw-tabs").active = "tab-sim"
    await settle(pilot)
    app.screen.query_one("#aw-bids").focus()
    await settle(pilot)


def note(app) -> str:  # noqa: ANN001
    return str(app.screen.query_one("#aw-bids-note").render())


def test_changed_bids_are_kept_next_to_the_plan_and_reset_removes_them(tmp_path: Path) -> None:
    plan = tmp_path / "utrecht.toml"
    shutil.copyfile(EXAMPLES / "gemeente-utrecht.toml", plan)

    @asynctest
    async def change() -> tuple[str, int]:
        app = make_app(tmp_path, plan)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await open_simulation(app, pilot)
            proc_id = app.screen.proc().id
            assert "Made-up examples" in note(app)
            assert not bids_file_for(plan, proc_id).exists()
            count = len(app.screen.bids())
            await pilot.press("d")  # delete the first bid
            await settle(pilot)
            assert "Kept in" in note(app)
            return proc_id, count - 1

    proc_id, left = change()
    file = bids_file_for(plan, proc_id)
    saved = load_bids_file(file)
    assert saved.tender == proc_id and len(saved.bid) == left
    # The same file works for `mvi simulate`.
    result = run_mvi("simulate", str(plan), "--tender", proc_id, "--bids", str(file))
    assert result.returncode == 0, result.stderr
    assert saved.bid[0].name in result.stdout

    @asynctest
    async def reopen_and_reset() -> None:
        app = make_app(tmp_path, plan)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await open_simulation(app, pilot)
            assert [b.name for b in app.screen.bids()] == [b.name for b in saved.bid]
            await pilot.press("r")
            await settle(pilot)
            assert not file.exists()
            assert len(app.screen.bids()) == left + 1
            assert "Made-up examples" in note(app)

    reopen_and_reset()


def test_bids_of_a_plan_without_a_file_are_kept_when_it_is_saved(tmp_path: Path) -> None:
    @asynctest
    async def run() -> None:
        app = make_app(tmp_path, EXAMPLES / "gemeente-utrecht.toml")
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            app.path = None  # as for a new plan that was never saved
            await open_simulation(app, pilot)
            assert "Save the plan to keep your own bids" in note(app)
            await pilot.press("d")
            await settle(pilot)
            assert "as soon as you save the plan" in note(app)
            assert not list(tmp_path.glob("*.bids.toml"))
            proc_id = app.screen.proc().id
            names = [b.name for b in app.screen.bids()]
            assert app.save_to(tmp_path / "nieuw.toml")
            await settle(pilot)
            saved = load_bids_file(bids_file_for(tmp_path / "nieuw.toml", proc_id))
            assert [b.name for b in saved.bid] == names
        assert not list(EXAMPLES.glob("*.bids.toml"))

    run()


def test_a_broken_bids_file_is_reported_and_the_examples_used(tmp_path: Path) -> None:
    plan = tmp_path / "utrecht.toml"
    shutil.copyfile(EXAMPLES / "gemeente-utrecht.toml", plan)

    @asynctest
    async def run() -> None:
        app = make_app(tmp_path, plan)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            app.action_goto("award")
            await settle(pilot)
            file = bids_file_for(plan, app.screen.proc().id)
            file.write_text("[[bid]]\nname = 'A'\nprice_eur = -5\n", "utf-8")
            app.bids.clear()
            await open_simulation(app, pilot)
            assert len(app.screen.bids()) > 1  # the examples
            await settle(pilot)
            messages = [n.message for n in app._notifications]
            assert any(str(file) in m and "bid[0].price_eur" in m for m in messages), messages
            assert file.read_text("utf-8").startswith("[[bid]]")  # left as it was

    run()
