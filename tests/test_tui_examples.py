"""Open every bundled example in the wizard, change something on every step, save, reload."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mvi_tui.core.planfile import load_plan
from tests.conftest import EXAMPLES
from tests.tui_support import asynctest, make_app, settle, type_text

TOP_EXAMPLES = sorted(p for p in EXAMPLES.glob("*.toml") if not p.name.endswith(".bids.toml"))


@pytest.mark.parametrize("example", TOP_EXAMPLES, ids=lambda p: p.stem)
@asynctest
async def test_example_edit_every_step(example: Path, tmp_path: Path) -> None:
    path = tmp_path / example.name
    shutil.copy(example, path)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.current_mode == "plan"
        assert not app.dirty

        # Organisation: add to the name.
        app.action_goto("organisation")
        await settle(pilot)
        await pilot.press("end")
        await type_text(pilot, " test")
        await settle(pilot)
        assert app.plan.organisation.name.endswith(" test")

        # Ambitions: move the first theme's level one step.
        await pilot.press("f4")
        await settle(pilot)
        assert app.current_mode == "ambitions"
        before = app.plan.ambitions.model_dump()
        amb = app.plan.ambitions.themes.get("klimaat")
        await pilot.press("enter", "enter", "up" if amb is not None else "down", "enter")
        await settle(pilot)
        assert app.plan.ambitions.model_dump() != before

        # Plan: edit the highlighted procurement's title in the form.
        await pilot.press("f4")
        await settle(pilot)
        assert app.current_mode == "plan"
        pid = app.screen.selected_id()
        await pilot.press("e")
        await settle(pilot)
        await pilot.press("end")
        await type_text(pilot, " 2")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.plan.procurement(pid).title.endswith(" 2")

        # Criteria: toggle the first criterion of the current procurement.
        await pilot.press("f4")
        await settle(pilot)
        assert app.current_mode == "criteria"
        proc = app.current_proc()
        before = proc.tender.model_dump() if proc.tender else None
        await pilot.press("space")
        await settle(pilot)
        assert app.current_proc().tender.model_dump() != before

        # Award: balance the weights (the step then lets us go on).
        app.action_goto("award")
        await settle(pilot)
        before = app.current_proc().tender.model_dump()
        await pilot.press("right", "tab", "minus", "b")
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        assert app.current_mode == "review"
        assert app.current_proc().tender.model_dump() != before

        # Review: tick "print notes as an annex" in the export tab.
        await pilot.press("right", "right")
        await settle(pilot)
        for _ in range(12):
            if app.focused is not None and app.focused.id == "rv-print-notes":
                break
            await pilot.press("tab")
        before_notes = app.plan.notes.print_in_export
        await pilot.press("space")
        await settle(pilot)
        assert app.plan.notes.print_in_export != before_notes

        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not app.dirty
    plan, _warnings = load_plan(path)
    assert plan.organisation.name.endswith(" test")
    assert plan.procurement(pid).title.endswith(" 2")
    assert plan.notes.print_in_export != before_notes
