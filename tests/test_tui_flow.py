"""Walk the wizard with the keyboard from a new plan to an exported docx, as a buyer would."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from mvi_tui.core.planfile import load_plan
from tests.tui_support import (
    asynctest,
    furniture_plan_at,
    make_app,
    replace_text,
    settle,
    start_screen_ready,
    type_text,
)

HAS_DOCX_EXPORT = importlib.util.find_spec("mvi_tui.export.render_docx") is not None


@asynctest
async def test_new_plan_to_docx_with_the_keyboard(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # short relative paths to type
    app = make_app(tmp_path)
    out = tmp_path / "out"
    async with app.run_test(size=(100, 30)) as pilot:
        await start_screen_ready(pilot)
        assert app.current_mode == "start"
        # Start: the second preset ("Manifest MVOI signatory").
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        assert app.current_mode == "organisation"
        assert app.plan.ambitions.preset == "manifest"

        # Organisation: name and yearly spend, validated as typed.
        await type_text(pilot, "Gemeente Proefstad")
        await pilot.press("tab", "tab")
        await type_text(pilot, "250000000")
        await settle(pilot)
        assert app.plan.organisation.name == "Gemeente Proefstad"
        assert app.plan.organisation.yearly_spend_eur == 250_000_000

        # Ambitions: raise the first theme (climate) to ambitious.
        await pilot.press("f4")
        await settle(pilot)
        assert app.current_mode == "ambitions"
        await pilot.press("enter", "enter", "down", "enter")
        await settle(pilot)
        assert int(app.plan.ambitions.themes["klimaat"].level) == 3

        # Plan: add a procurement in the form (title, value), saved with Ctrl+S.
        await pilot.press("f4")
        await settle(pilot)
        assert app.current_mode == "plan"
        await pilot.press("a")
        await settle(pilot)
        await type_text(pilot, "Kantoormeubilair")
        await pilot.press("tab", "tab", "tab")
        await type_text(pilot, "300000")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert len(app.plan.procurements) == 1
        proc = app.plan.procurements[0]
        assert proc.value_eur == 300_000

        # Criteria: select every criterion of the group with Space.
        await pilot.press("t")
        await settle(pilot)
        assert app.current_mode == "criteria"
        count = len(app.catalogue.criteria_for(proc.product_group))
        for _ in range(count):
            await pilot.press("space", "down")
        await settle(pilot)
        assert len(app.plan.procurements[0].tender.criteria) == count

        # Award: Next is refused until the weights add up to 100; b balances them.
        await pilot.press("f4")
        await settle(pilot)
        assert app.current_mode == "award"
        await pilot.press("right", "tab", "b")
        await settle(pilot)
        from mvi_tui.core.editing import weights_ok

        assert weights_ok(app.plan.procurements[0].tender, app.catalogue)
        await pilot.press("f4")
        await settle(pilot)
        assert app.current_mode == "review"

        # Review: export md and docx to a folder of our choice.
        await pilot.press("right", "right")
        await settle(pilot)
        for _ in range(12):
            if app.focused is not None and app.focused.id == "rv-folder":
                break
            await pilot.press("tab")
        assert app.focused is not None and app.focused.id == "rv-folder"
        await replace_text(pilot, "out")
        await pilot.press("tab", "tab", "enter")
        await settle(pilot, 0.2)
        if not HAS_DOCX_EXPORT:
            pytest.skip("mvi_tui.export has no docx renderer in this version yet")
        files = sorted(p.name for p in out.iterdir())
        assert any(name.endswith(".docx") for name in files), files
        assert any(name.endswith(".md") for name in files), files

        # Save as (Ctrl+S on a new plan asks for a name), then quit without a question.
        await pilot.press("ctrl+s")
        await settle(pilot)
        await replace_text(pilot, "proefstad.toml")
        await pilot.press("enter")
        await settle(pilot)
        assert not app.dirty
        await pilot.press("ctrl+q")
        await settle(pilot)
    assert app.return_code == 0
    plan, _warnings = load_plan(tmp_path / "proefstad.toml")
    assert plan.organisation.name == "Gemeente Proefstad"
    assert plan.procurements[0].tender is not None
    assert not list((tmp_path / "recovery").glob("*.toml"))


@asynctest
async def test_next_is_refused_while_weights_are_not_100(tmp_path: Path) -> None:
    from mvi_tui.core import editing

    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        plan = editing.new_plan(app.catalogue, None, "en")
        proc = editing.add_procurement(
            plan, app.catalogue, title="Meubels", product_group="kantoormeubilair", value_eur=1e5
        )
        award = next(c for c in app.catalogue.criteria_for("kantoormeubilair") if c.is_award())
        editing.toggle_criterion(proc, award)
        app.set_plan(plan, None)
        app.action_goto("award")
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        assert app.current_mode == "award"
        await pilot.press("f3")
        await settle(pilot)
        assert app.current_mode == "criteria"


@asynctest
async def test_quit_with_unsaved_changes_asks_first(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await type_text(pilot, "X")
        await settle(pilot)
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert app.screen.__class__.__name__ == "ChoiceDialog"
        await pilot.press("escape")
        await settle(pilot)
        assert app.current_mode == "organisation" and app.is_running


@asynctest
async def test_language_switch_is_remembered_and_relabels(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    app.remember = True
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("ctrl+l")
        await settle(pilot)
        assert app.lang == "nl"
        label = app.screen.query("Label").first()
        assert str(label.render()) == "Naam"
        from mvi_tui.core.settings import load_settings

        assert load_settings().language == "nl"
        await pilot.press("ctrl+l")
        await settle(pilot)
    assert load_settings().language == "en"


@asynctest
async def test_f1_explains_the_focused_field(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("tab", "f1")
        await settle(pilot)
        assert app.screen.__class__.__name__ == "HelpDialog"
        assert "threshold" in app.screen.body
        await pilot.press("escape")
        await settle(pilot)
        assert app.current_mode == "organisation"


@asynctest
async def test_command_palette_goes_to_a_step(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await type_text(pilot, "step 6")
        await settle(pilot, 0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert app.current_mode == "award"


@asynctest
async def test_text_with_brackets_is_shown_as_written(tmp_path: Path) -> None:
    """Titles, names and targets are text, not markup: `[` must neither vanish nor crash."""
    from mvi_tui.core import editing

    app = make_app(tmp_path)
    odd = "Wegen [[fase 2]] [b]vet[/] [/oops"
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        plan = editing.new_plan(app.catalogue, "manifest", "en")
        plan.organisation.name = odd
        editing.add_target(plan, "klimaat", metric="custom", value=5, year=2030, description=odd)
        proc = editing.add_procurement(
            plan, app.catalogue, title=odd, product_group="wegen", value_eur=3e6
        )
        editing.toggle_criterion(proc, app.catalogue.criteria_for("wegen")[0])
        app.set_plan(plan, tmp_path / "odd.toml")
        for step in ("organisation", "ambitions", "plan", "criteria", "award", "review"):
            app.action_goto(step)
            await settle(pilot)
            app.notify(odd, markup=False)  # as a toggle or an error shows it
        app.action_goto("plan")
        await settle(pilot)
        table = app.screen.query_one("#plan-table")
        assert "[[fase 2]]" in str(table.get_row_at(0)[1])


@asynctest
async def test_saved_theme_is_used_and_a_new_one_remembered(tmp_path: Path) -> None:
    from mvi_tui.core.settings import load_settings, save_settings

    settings = load_settings()
    settings.theme = "ansi-dark"
    save_settings(settings)
    app = make_app(tmp_path)
    app.remember = True
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert app.theme == "ansi-dark"
            app.theme = "ansi-light"
            await settle(pilot)
        assert load_settings().theme == "ansi-light"
    finally:
        settings = load_settings()
        settings.theme = ""
        save_settings(settings)


@asynctest
async def test_save_as_asks_before_replacing_another_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    other = tmp_path / "andere.toml"
    other.write_text("# not ours\n", encoding="utf-8")
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await type_text(pilot, "Gemeente Twee")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await replace_text(pilot, "andere.toml")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.__class__.__name__ == "ChoiceDialog"
        await pilot.press("escape")
        await settle(pilot)
        assert other.read_text(encoding="utf-8") == "# not ours\n"
        assert app.dirty


@asynctest
async def test_a_huge_catalogue_is_listed_in_part_with_a_count(tmp_path: Path) -> None:
    """With thousands of criteria the list shows the first 500 and says how many more."""
    import dataclasses

    from mvi_tui.core.catalogue import default_catalogue
    from mvi_tui.tui.app import MviApp
    from mvi_tui.tui.screens.criteria import MAX_LISTED

    cat = default_catalogue()
    copies = [
        c.model_copy(update={"id": f"{c.id}-x{k}"})
        for k in range(11)
        for c in cat.criteria.values()
    ]
    criteria = {**cat.criteria, **{c.id: c for c in copies}}
    big = dataclasses.replace(cat, criteria=criteria)
    total = len(criteria)
    assert total == 12 * len(cat.criteria)
    app = MviApp(
        None, "en", remember=False, recovery_dir=tmp_path / "rec", examples=False, catalogue=big
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await furniture_plan_at(pilot, "criteria", 1e6)
        screen = app.screen
        screen.query_one("#crit-scope").value = "all"
        await settle(pilot)
        count = str(screen.query_one("#crit-count").render())
        assert screen.query_one("#crit-list").option_count == MAX_LISTED
        assert f"{MAX_LISTED} of {total:,} criteria" in count
        assert f"{total - MAX_LISTED:,} more; type a search word" in count
        # A search that matches fewer than the limit lists them all, without the hint.
        screen.query_one("#crit-search").value = "fsc"
        await settle(pilot, 0.3)
        count = str(screen.query_one("#crit-count").render())
        shown = screen.query_one("#crit-list").option_count
        assert 0 < shown < MAX_LISTED and "more" not in count


@asynctest
async def test_own_value_bands_are_edited_on_the_organisation_step(tmp_path: Path) -> None:
    """a adds a band in a form, e edits it, d deletes it; the procedure advice follows."""
    from mvi_tui.core.advice import advise_procurement
    from mvi_tui.core.plan import ValueBand

    app = make_app(tmp_path)
    async with app.run_test(size=(100, 36)) as pilot:
        await settle(pilot)
        await furniture_plan_at(pilot, "organisation", 80_000)

        def advised() -> str:
            return str(
                advise_procurement(app.plan, app.plan.procurements[0], app.catalogue).procedure
            )

        hint = app.screen.query_one("#org-bands-hint")
        assert "default table" in str(hint.render())
        assert advised() == "multiple-quote"  # the default table: supplies from 50,000
        app.screen.query_one("#org-bands").focus()
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("tab")  # contract type stays Supplies; on to the amount
        await type_text(pilot, "100000")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.plan.organisation.value_bands == [
            ValueBand(contract_type="supplies", max_eur=100_000, procedure="single-quote")
        ]
        assert app.dirty and "replace the default table" in str(hint.render())
        assert app.screen.query_one("#org-bands").row_count == 1
        assert advised() == "single-quote"

        await pilot.press("e")
        await settle(pilot)
        await pilot.press("tab")
        await replace_text(pilot, "60000")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.plan.organisation.value_bands[0].max_eur == 60_000
        assert advised() == "national-open"  # above the own band: the fallback

        await pilot.press("d")
        await settle(pilot)
        assert app.plan.organisation.value_bands == []
        assert advised() == "multiple-quote"


@asynctest
async def test_own_criteria_are_listed_with_the_same_filters(tmp_path: Path) -> None:
    """The buyer's own criteria sit in the criteria list and obey search, type and theme."""
    from mvi_tui.core import editing

    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await furniture_plan_at(pilot, "plan", 1e6)
        proc = app.plan.procurements[0]
        editing.add_own_criterion(
            proc,
            type="eis",
            level=2,
            themes=["circulair"],
            title="Hergebruik",
            text="Tweede hands stoelen",
        )
        editing.add_own_criterion(
            proc,
            type="contractbepaling",
            level=1,
            themes=["klimaat"],
            title="Rapportage",
            text="Jaarlijks CO2",
        )
        app.action_goto("criteria")
        await settle(pilot)
        screen = app.screen

        def own_shown() -> list[str]:
            return [i for i in screen.shown if i.startswith("own:")]

        assert own_shown() == ["own:eigen-1", "own:eigen-2"]
        screen.query_one("#crit-search").value = "stoelen"
        await settle(pilot, 0.3)
        assert own_shown() == ["own:eigen-1"]
        screen.query_one("#crit-search").value = ""
        screen.query_one("#crit-type").value = "contractbepaling"
        await settle(pilot, 0.3)
        assert own_shown() == ["own:eigen-2"]
