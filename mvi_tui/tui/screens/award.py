"""Step 6: the award model, its weights (which must add up to 100), CO2 ladder, LCC and a
bid simulation that shows the ranking and the weight at which the winner changes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError
from textual.binding import Binding
from textual.containers import Grid, VerticalScroll
from textual.widget import Widget
from textual.widgets import (
    DataTable,
    Input,
    Label,
    Select,
    Static,
    TabbedContent,
    TabPane,
    TextArea,
)

from mvi_tui.tui.messages import t
from mvi_tui.tui.screens.base import StepScreen, error_text, plain, row_index, set_value
from mvi_tui.tui.screens.form import FieldSpec, FormDialog
from mvi_tui.tui.widgets.quiet import Quiet
from mvi_tui.tui.widgets.tick import Tick as Checkbox

METHODS = ("weighted-points", "value-based", "price-quality-ratio", "lowest-cost", "lowest-price")
FORMULAS = ("relative-lowest", "linear-ceiling")
SCALES = ("0-10", "progressive", "custom")

# input id -> (path from the tender, field, kind); kinds: number, int, optional-number
INPUTS = {
    "aw-price-weight": ("award", "price_weight", "number"),
    "aw-ceiling": ("award", "ceiling_price_eur", "optional"),
    "aw-max-points": ("award", "max_points", "number"),
    "aw-quality-value": ("award", "quality_value_eur", "optional"),
    "aw-sanction": ("award.co2_ladder", "sanction_factor", "number"),
    "aw-lcc-years": ("award.lcc", "years", "int"),
    "aw-lcc-rate": ("award.lcc", "discount_rate_pct", "number"),
    "aw-lcc-energy": ("award.lcc", "energy_price_eur_kwh", "number"),
    "aw-lcc-energy-change": ("award.lcc", "energy_price_change_pct", "number"),
    "aw-lcc-co2": ("award.lcc", "co2_price_eur_t", "number"),
    "aw-lcc-grid": ("award.lcc", "grid_kg_co2_kwh", "number"),
}


class WeightTable(DataTable):
    """Price and the award criteria; Enter or e edits, + and - step by 5, b balances."""

    BINDINGS = [
        Binding("e", "screen.edit_weight", "Edit", id="edit"),
        Binding("plus,equals_sign", "screen.step_weight(5)", "+5", id="weight_up"),
        Binding("minus", "screen.step_weight(-5)", "-5", id="weight_down"),
        Binding("b", "screen.balance", "Balance", id="balance"),
    ]


class BidTable(DataTable):
    """The bids; a adds, e edits, d deletes, r resets to the examples."""

    BINDINGS = [
        Binding("a", "screen.add_bid", "Add", id="add"),
        Binding("e", "screen.edit_bid", "Edit", id="edit"),
        Binding("d,delete", "screen.delete_bid", "Delete", id="delete"),
        Binding("r", "screen.reset_bids", "Examples", id="reset"),
    ]


class AwardScreen(StepScreen):
    """Four tabs: method, weights, CO2 and LCC, simulation."""

    STEP = "award"
    NOTES = "award"
    AUTO_FOCUS = "#aw-tabs Tabs"
    HELP = {
        "aw-method": ("AwardModel.method", "award.method"),
        "aw-formula": ("AwardModel.price_formula", "award.formula"),
        "aw-price-weight": ("AwardModel.price_weight", "award.price_weight"),
        "aw-ceiling": ("AwardModel.ceiling_price_eur", "award.ceiling"),
        "aw-max-points": ("AwardModel.max_points", "award.max_points"),
        "aw-quality-value": ("AwardModel.quality_value_eur", "award.quality_value"),
        "aw-scale": ("AwardModel.scale", "award.scale"),
        "aw-custom-scale": ("AwardModel.custom_scale", "award.custom_scale"),
        "aw-motivation": ("AwardModel.motivation", "award.motivation"),
        "aw-weights": ("ChosenCriterion.weight", "award.weight"),
        "aw-ladder": ("Co2Ladder.enabled", "award.ladder"),
        "aw-ladder-version": ("Co2Ladder.version", "award.ladder_version"),
        "aw-discounts": ("Co2Ladder.discounts_pct", "award.discounts"),
        "aw-sanction": ("Co2Ladder.sanction_factor", "award.sanction"),
        "aw-lcc": ("AwardModel.lcc", "award.lcc"),
        "aw-lcc-years": ("LccInputs.years", "award.lcc_years"),
        "aw-lcc-rate": ("LccInputs.discount_rate_pct", "award.lcc_rate"),
        "aw-lcc-energy": ("LccInputs.energy_price_eur_kwh", "award.lcc_energy"),
        "aw-lcc-energy-change": ("LccInputs.energy_price_change_pct", "award.lcc_energy_change"),
        "aw-lcc-co2": ("LccInputs.co2_price_eur_t", "award.lcc_co2"),
        "aw-lcc-grid": ("LccInputs.grid_kg_co2_kwh", "award.lcc_grid"),
    }

    def compose_body(self) -> Iterable[Widget]:
        lang = self.lang
        yield Quiet("", id="aw-empty", classes="dim")
        with TabbedContent(id="aw-tabs"):
            with TabPane(t("award.tab_model", lang), id="tab-model"):
                with VerticalScroll():
                    with Grid(classes="form-grid"):
                        yield Label(t("award.method", lang))
                        yield Select(
                            [(t(f"method.{m}", lang), m) for m in METHODS],
                            id="aw-method",
                            allow_blank=True,
                            compact=True,
                        )
                        yield Quiet("", id="aw-method-msg", classes="msg")
                        yield Label(t("award.formula", lang))
                        yield Select(
                            [(t(f"formula.{f}", lang), f) for f in FORMULAS],
                            id="aw-formula",
                            allow_blank=True,
                            compact=True,
                        )
                        yield Quiet("", id="aw-formula-msg", classes="msg")
                        yield Label(t("award.price_weight", lang))
                        yield Input(id="aw-price-weight", compact=True)
                        yield Quiet("", id="aw-price-weight-msg", classes="msg")
                        yield Label(t("award.ceiling", lang))
                        yield Input(id="aw-ceiling", compact=True)
                        yield Quiet("", id="aw-ceiling-msg", classes="msg")
                        yield Label(t("award.max_points", lang))
                        yield Input(id="aw-max-points", compact=True)
                        yield Quiet("", id="aw-max-points-msg", classes="msg")
                        yield Label(t("award.quality_value", lang))
                        yield Input(id="aw-quality-value", compact=True)
                        yield Quiet("", id="aw-quality-value-msg", classes="msg")
                        yield Label(t("award.scale", lang))
                        yield Select(
                            [(t(f"scale.{s}", lang), s) for s in SCALES],
                            id="aw-scale",
                            allow_blank=True,
                            compact=True,
                        )
                        yield Quiet("", id="aw-scale-msg", classes="msg")
                        yield Label(t("award.custom_scale", lang))
                        yield Input(
                            id="aw-custom-scale",
                            placeholder=t("award.custom_scale_hint", lang),
                            compact=True,
                        )
                        yield Quiet("", id="aw-custom-scale-msg", classes="msg")
                    yield Label(t("award.motivation", lang))
                    yield TextArea(id="aw-motivation", soft_wrap=True, compact=True)
            with TabPane(t("award.tab_weights", lang), id="tab-weights"):
                yield WeightTable(id="aw-weights", cursor_type="row", zebra_stripes=True)
                yield Quiet("", id="aw-sum", classes="sum")
            with TabPane(t("award.tab_extra", lang), id="tab-extra"):
                with VerticalScroll():
                    yield Checkbox(t("award.ladder", lang), id="aw-ladder", compact=True)
                    with Grid(classes="form-grid"):
                        yield Label(t("award.ladder_version", lang))
                        yield Select(
                            [("3.1", "3.1"), ("4.0", "4.0")],
                            id="aw-ladder-version",
                            allow_blank=True,
                            compact=True,
                        )
                        yield Quiet("", id="aw-ladder-version-msg", classes="msg")
                        yield Label(t("award.discounts", lang))
                        yield Input(id="aw-discounts", compact=True)
                        yield Quiet("", id="aw-discounts-msg", classes="msg")
                        yield Label(t("award.sanction", lang))
                        yield Input(id="aw-sanction", compact=True)
                        yield Quiet("", id="aw-sanction-msg", classes="msg")
                    yield Checkbox(t("award.lcc", lang), id="aw-lcc", compact=True)
                    with Grid(classes="form-grid", id="aw-lcc-grid-box"):
                        for ident, key in (
                            ("aw-lcc-years", "award.lcc_years"),
                            ("aw-lcc-rate", "award.lcc_rate"),
                            ("aw-lcc-energy", "award.lcc_energy"),
                            ("aw-lcc-energy-change", "award.lcc_energy_change"),
                            ("aw-lcc-co2", "award.lcc_co2"),
                            ("aw-lcc-grid", "award.lcc_grid"),
                        ):
                            yield Label(t(key, lang))
                            yield Input(id=ident, compact=True)
                            yield Quiet("", id=f"{ident}-msg", classes="msg")
            with TabPane(t("award.tab_sim", lang), id="tab-sim"):
                with VerticalScroll():
                    yield Label(t("award.bids", lang), classes="section")
                    yield BidTable(id="aw-bids", cursor_type="row", zebra_stripes=True)
                    yield Quiet("", id="aw-bids-note", classes="dim")
                    yield Quiet("", id="aw-result")

    # -------------------------------------------------------------- state

    def proc(self) -> Any:
        return self.app.current_proc()  # type: ignore[attr-defined]

    def tender(self) -> Any:
        proc = self.proc()
        return proc.tender if proc else None

    def _target(self, path: str) -> Any:
        obj: Any = self.tender()
        for part in path.split("."):
            obj = getattr(obj, part) if obj is not None else None
        return obj

    # -------------------------------------------------------------- view

    def refresh_view(self) -> None:
        from mvi_tui.core.editing import format_number, format_scale_steps

        tender = self.tender()
        lang = self.lang
        empty = self.query_one("#aw-empty", Quiet)
        tabs = self.query_one("#aw-tabs", TabbedContent)
        empty.update("" if tender else t("award.no_tender", lang))
        empty.display = tender is None
        tabs.display = tender is not None
        if tender is None:
            return
        award = tender.award
        set_value(self.query_one("#aw-method", Select), str(award.method))
        set_value(self.query_one("#aw-formula", Select), str(award.price_formula))
        set_value(self.query_one("#aw-scale", Select), str(award.scale))
        custom = self.query_one("#aw-custom-scale", Input)
        custom.disabled = str(award.scale) != "custom"
        if not custom.has_focus:
            set_value(custom, format_scale_steps(award.custom_scale, lang))
        set_value(self.query_one("#aw-motivation", TextArea), award.motivation)
        for ident, (path, field, kind) in INPUTS.items():
            widget = self.query_one(f"#{ident}", Input)
            target = self._target(path)
            widget.disabled = target is None
            if widget.has_focus:
                continue
            value = getattr(target, field) if target is not None else None
            if value is None:
                set_value(widget, "")
            elif kind == "int":
                set_value(widget, str(value))
            else:
                v = float(value)
                set_value(widget, format_number(v, lang, 0 if v.is_integer() else 2))
        ladder = award.co2_ladder
        with self.query_one("#aw-ladder", Checkbox).prevent(Checkbox.Changed):
            self.query_one("#aw-ladder", Checkbox).value = ladder.enabled
        set_value(self.query_one("#aw-ladder-version", Select), ladder.version)
        discounts = self.query_one("#aw-discounts", Input)
        if not discounts.has_focus:
            sep = "; " if lang == "nl" else ", "
            set_value(
                discounts,
                sep.join(
                    format_number(float(d), lang, 0 if float(d).is_integer() else 2)
                    for d in ladder.discounts_pct
                ),
            )
        with self.query_one("#aw-lcc", Checkbox).prevent(Checkbox.Changed):
            self.query_one("#aw-lcc", Checkbox).value = award.lcc is not None
        self.refresh_weights()
        self.refresh_simulation()

    def refresh_weights(self) -> None:
        """The weights table and the sum, which must be 100 to move on."""
        from mvi_tui.core.editing import weight_rows, weights_ok, weights_total

        app: Any = self.app
        lang = self.lang
        tender = self.tender()
        table = self.query_one("#aw-weights", WeightTable)
        keep = table.cursor_row
        table.clear(columns=True)
        table.add_column(t("award.weight", lang), key="weight")
        table.add_column(t("award.range", lang), key="range")
        table.add_column(t("award.item", lang), key="item")
        for row in weight_rows(tender, app.catalogue, lang):
            rng = f"{row.range[0]:g}-{row.range[1]:g}" if row.range else ""
            table.add_row(f"{row.weight:g}", rng, plain(row.title), key=row.item)
        if table.row_count:
            table.move_cursor(row=min(keep, table.row_count - 1))
        total = weights_total(tender, app.catalogue)
        ok = weights_ok(tender, app.catalogue)
        text = f"{t('award.sum', lang, total=total)}  {t('award.sum_ok' if ok else 'award.sum_bad', lang)}"
        box = self.query_one("#aw-sum", Quiet)
        box.update(text)
        box.set_class(not ok, "error")

    def bids(self) -> list[Any]:
        """This procurement's bids: those saved next to the plan, else made-up examples."""
        from mvi_tui.core.editing import example_bids

        app: Any = self.app
        proc = self.proc()
        if proc.id not in app.bids:
            saved = self._saved_bids()
            if saved:
                app.own_bids.add(proc.id)
            else:
                app.own_bids.discard(proc.id)
                saved = example_bids(proc.tender, app.catalogue, self.lang, proc.value_eur)
            app.bids[proc.id] = saved
        return app.bids[proc.id]

    def bids_file(self) -> Any:
        """The file this procurement's bids are kept in (None while the plan has no file)."""
        from mvi_tui.core.award import bids_file_for

        path = self.app.path  # type: ignore[attr-defined]
        return bids_file_for(path, self.proc().id) if path else None

    def _saved_bids(self) -> list[Any] | None:
        from mvi_tui.core.award import load_bids_file
        from mvi_tui.core.problems import InputError

        file = self.bids_file()
        if file is None or not file.is_file():
            return None
        try:
            return list(load_bids_file(file, self.lang).bid)
        except InputError as exc:
            text = "\n".join(p.format(self.lang) for p in exc.problems)
            self.app.notify(text, severity="warning", timeout=10, markup=False)
            return None

    def save_bids(self) -> None:
        """Keep the bids the user changed next to the plan, for later and `mvi simulate`.

        A plan without a file keeps them until it is saved (`MviApp.save_own_bids`).
        """
        app: Any = self.app
        app.own_bids.add(self.proc().id)
        app.save_own_bids()

    def show_bids_note(self) -> None:
        """Where the bids are kept: in a file next to the plan, or only for this session."""
        file = self.bids_file()
        if file is None and self.proc().id in self.app.own_bids:  # type: ignore[attr-defined]
            note = t("award.bids_pending", self.lang)
        elif file is None:
            note = t("award.bids_unsaved_plan", self.lang)
        elif file.is_file():
            note = t("award.bids_saved", self.lang, name=file.name)
        else:
            note = t("award.bids_examples", self.lang, name=file.name)
        self.query_one("#aw-bids-note", Quiet).update(note)

    def refresh_simulation(self) -> None:
        """Bids table, ranking, and the weight at which the winner changes."""
        from mvi_tui.core import award
        from mvi_tui.core.editing import format_eur, format_number, weight_rows

        app: Any = self.app
        lang = self.lang
        tender = self.tender()
        bids = self.bids()
        items = [r for r in weight_rows(tender, app.catalogue, lang) if r.item != "price"]
        table = self.query_one("#aw-bids", BidTable)
        keep = table.cursor_row
        table.clear(columns=True)
        table.add_column(t("award.bid_name", lang), key="name")
        table.add_column(t("award.bid_price", lang), key="price")
        table.add_column(t("award.bid_ladder", lang), key="ladder")
        for item in items:
            table.add_column(short_id(item.item), key=f"s-{item.item}")
        for i, bid in enumerate(bids):
            table.add_row(
                plain(bid.name),
                format_eur(bid.price_eur, lang),
                "-" if bid.ladder_level is None else str(bid.ladder_level),
                *[f"{bid.scores.get(item.item, 0):g}" for item in items],
                key=str(i),
            )
        if table.row_count:
            table.move_cursor(row=min(keep, table.row_count - 1))
        self.show_bids_note()
        box = self.query_one("#aw-result", Quiet)
        try:
            result = award.simulate(tender, bids, app.catalogue, lang)
        except award.ScoreError as exc:
            box.update(t("invalid", lang, error=exc.text.get(lang)))
            return
        except (ValueError, ValidationError) as exc:
            box.update(t("invalid", lang, error=error_text(exc, lang)))
            return
        unit = {"points": "pt", "index": "", "eur": "€"}.get(result.unit, "")
        lines = [t("award.winner", lang, name=result.winner), ""]
        lines.append(
            f"{t('award.rank', lang):>4}  {t('award.bid_name', lang):<18} {t('award.total', lang):>14}  {t('award.fictive', lang)}"
        )
        for r in result.results:
            total = (
                format_eur(r.total, lang)
                if result.unit == "eur"
                else f"{format_number(r.total, lang, 2)} {unit}".strip()
            )
            fictive = (
                format_eur(r.fictive_price_eur, lang) if r.fictive_price_eur is not None else "-"
            )
            mark = "▶" if r.rank == 1 else " "
            lines.append(f"{mark}{r.rank:>3}  {r.name[:18]:<18} {total:>14}  {fictive}")
        if result.sensitivity:
            lines.append("")
            lines += [s.text(lang) for s in result.sensitivity]
        box.update("\n".join(lines))

    # -------------------------------------------------------------- edits

    def _msg(self, ident: str, error: str = "") -> None:
        box = self.query(f"#{ident}-msg").first(Static) if self.query(f"#{ident}-msg") else None
        if box is not None:
            box.update(t("invalid", self.lang, error=error) if error else "")
            box.set_class(bool(error), "error")

    def _set(self, ident: str, target: Any, field: str, value: Any) -> bool:
        if target is None:
            return False
        if getattr(target, field) == value:
            self._msg(ident)
            return False
        try:
            setattr(target, field, value)
        except ValidationError as exc:
            self._msg(ident, error_text(exc, self.lang))
            return False
        self._msg(ident)
        self.changed()
        return True

    def on_input_changed(self, event: Input.Changed) -> None:
        from mvi_tui.core.editing import parse_number

        ident = event.input.id or ""
        raw = event.value.strip()
        if ident == "aw-discounts":
            self.set_discounts(raw)
            return
        if ident == "aw-custom-scale":
            self.set_custom_scale(raw)
            return
        if ident not in INPUTS:
            return
        path, field, kind = INPUTS[ident]
        target = self._target(path)
        try:
            if not raw:
                if kind != "optional":
                    self._msg(ident, t("required", self.lang))
                    return
                value = None
            elif kind == "int":
                value = int(raw)
            else:
                value = parse_number(raw, self.lang)
        except ValueError as exc:
            self._msg(ident, str(exc) if kind != "int" else t("bad_int", self.lang))
            return
        if self._set(ident, target, field, value):
            self.refresh_weights()
            self.refresh_simulation()

    def set_custom_scale(self, raw: str) -> None:
        """The steps of an own scoring scale, typed on one line (see `parse_scale_steps`)."""
        from mvi_tui.core.editing import parse_scale_steps

        tender = self.tender()
        if tender is None:
            return
        try:
            steps = parse_scale_steps(raw, self.lang)
        except (ValueError, ValidationError) as exc:
            text = error_text(exc, self.lang) if isinstance(exc, ValidationError) else str(exc)
            self._msg("aw-custom-scale", text)
            return
        if self._set("aw-custom-scale", tender.award, "custom_scale", steps):
            self.app.bids.pop(self.proc().id, None)  # type: ignore[attr-defined]
            self.refresh_simulation()

    def set_discounts(self, raw: str) -> None:
        """`1; 2; 4; 7; 10` (Dutch) or `1, 2, 4, 7, 10` (English): one discount per level."""
        from mvi_tui.core.editing import parse_number

        parts = [p for p in re.split(r"[;\s]+" if self.lang == "nl" else r"[,;\s]+", raw) if p]
        try:
            values = [parse_number(p, self.lang) for p in parts]
        except ValueError as exc:
            self._msg("aw-discounts", str(exc))
            return
        if self._set("aw-discounts", self.tender().award.co2_ladder, "discounts_pct", values):
            self.refresh_simulation()

    def on_select_changed(self, event: Select.Changed) -> None:
        from mvi_tui.core.enums import AwardMethod, PriceFormula, ScaleKind

        ident = event.select.id or ""
        tender = self.tender()
        if tender is None or event.value is Select.NULL:
            return
        fields = {
            "aw-method": (tender.award, "method", AwardMethod),
            "aw-formula": (tender.award, "price_formula", PriceFormula),
            "aw-scale": (tender.award, "scale", ScaleKind),
            "aw-ladder-version": (tender.award.co2_ladder, "version", str),
        }
        if ident in fields:
            target, field, kind = fields[ident]
            if self._set(ident, target, field, kind(event.value)):
                if ident == "aw-scale":
                    self.app.bids.pop(self.proc().id, None)  # type: ignore[attr-defined]
                self.refresh_weights()
                self.refresh_simulation()

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        tender = self.tender()
        if tender is None:
            return
        if event.checkbox.id == "aw-ladder":
            if self._set("aw-ladder", tender.award.co2_ladder, "enabled", event.value):
                self.app.bids.pop(self.proc().id, None)  # type: ignore[attr-defined]
                self.refresh_view()
        elif event.checkbox.id == "aw-lcc":
            from mvi_tui.core.lcc import default_lcc_inputs

            app: Any = self.app
            value = default_lcc_inputs(app.catalogue) if event.value else None
            if (tender.award.lcc is None) != (value is None):
                tender.award.lcc = value
                self.changed()
                self.refresh_view()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if event.text_area.id == "aw-motivation":
            event.stop()
            tender = self.tender()
            if tender is not None:
                self._set("aw-motivation", tender.award, "motivation", event.text_area.text)

    def leave_check(self) -> str | None:
        from mvi_tui.core.editing import weights_ok, weights_total

        app: Any = self.app
        tender = self.tender()
        if tender is None or weights_ok(tender, app.catalogue):
            return None
        return t("award.refuse", self.lang, total=weights_total(tender, app.catalogue))

    # -------------------------------------------------------------- weights

    def _weight_item(self) -> str | None:
        table = self.query_one("#aw-weights", WeightTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return str(key.value)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.data_table.id == "aw-weights":
            self.action_edit_weight()
        elif event.data_table.id == "aw-bids":
            self.action_edit_bid()

    def action_step_weight(self, delta: float) -> None:
        from mvi_tui.core.editing import set_weight, weight_rows

        app: Any = self.app
        item = self._weight_item()
        tender = self.tender()
        if item is None or tender is None:
            return
        row = next(r for r in weight_rows(tender, app.catalogue, self.lang) if r.item == item)
        try:
            set_weight(tender, item, max(0.0, min(100.0, row.weight + delta)))
        except ValidationError as exc:
            self.notify(error_text(exc, self.lang), severity="error", markup=False)
            return
        self.changed()
        self.refresh_weights()
        self.refresh_simulation()

    def action_balance(self) -> None:
        from mvi_tui.core.editing import balance_weights

        app: Any = self.app
        tender = self.tender()
        if tender is None:
            return
        balance_weights(tender, app.catalogue)
        self.changed()
        self.refresh_weights()
        self.refresh_simulation()

    def action_edit_weight(self) -> None:
        from mvi_tui.core.editing import set_weight, weight_rows

        app: Any = self.app
        lang = self.lang
        item = self._weight_item()
        tender = self.tender()
        if item is None or tender is None:
            return
        row = next(r for r in weight_rows(tender, app.catalogue, lang) if r.item == item)
        note = t("crit.weight_range", lang, lo=row.range[0], hi=row.range[1]) if row.range else ""
        fields = [
            FieldSpec(
                "weight",
                t("award.weight", lang),
                "number",
                row.weight,
                help="AwardModel.price_weight" if item == "price" else "ChosenCriterion.weight",
                note=note,
            )
        ]

        def apply(values: dict[str, Any]) -> None:
            set_weight(tender, item, values["weight"] if values["weight"] is not None else 0.0)

        def done(ok: bool | None) -> None:
            if ok:
                self.changed()
                self.refresh_weights()
                self.refresh_simulation()

        app.push_screen(
            FormDialog(t("award.edit_weight", lang, title=row.title), fields, apply), done
        )

    # -------------------------------------------------------------- bids

    def _bid_index(self) -> int | None:
        return row_index(self.query_one("#aw-bids", BidTable))

    def bid_form(self, index: int | None) -> None:
        from mvi_tui.core.award import Bid
        from mvi_tui.core.editing import weight_rows

        app: Any = self.app
        lang = self.lang
        tender = self.tender()
        bids = self.bids()
        bid = bids[index] if index is not None else None
        items = [r for r in weight_rows(tender, app.catalogue, lang) if r.item != "price"]
        fields = [
            FieldSpec(
                "name", t("award.bid_name", lang), "text", bid.name if bid else f"{len(bids) + 1}"
            ),
            FieldSpec(
                "price_eur", t("award.bid_price", lang), "number", bid.price_eur if bid else 100_000
            ),
            FieldSpec(
                "ladder_level",
                t("award.bid_ladder", lang),
                "int",
                bid.ladder_level if bid else None,
                optional=True,
            ),
        ]
        for item in items:
            fields.append(
                FieldSpec(
                    f"s_{item.item}",
                    item.title,
                    "number",
                    bid.scores.get(item.item, 0) if bid else 0,
                )
            )

        def apply(values: dict[str, Any]) -> None:
            scores = {i.item: values.pop(f"s_{i.item}") or 0.0 for i in items}
            new = Bid(
                name=values["name"] or "?",
                price_eur=values["price_eur"] or 0,
                ladder_level=values.get("ladder_level"),
                scores=scores,
            )
            if index is None:
                bids.append(new)
            else:
                bids[index] = new

        def done(ok: bool | None) -> None:
            if ok:
                self.save_bids()
                self.refresh_simulation()

        app.push_screen(FormDialog(t("award.bid_title", lang), fields, apply), done)

    def action_add_bid(self) -> None:
        self.bid_form(None)

    def action_edit_bid(self) -> None:
        index = self._bid_index()
        if index is not None:
            self.bid_form(index)

    def action_delete_bid(self) -> None:
        index = self._bid_index()
        bids = self.bids()
        if index is not None and len(bids) > 1:
            del bids[index]
            self.save_bids()
            self.refresh_simulation()

    def action_reset_bids(self) -> None:
        """Back to made-up examples; the saved bids file is removed."""
        self.app.own_bids.discard(self.proc().id)  # type: ignore[attr-defined]
        file = self.bids_file()
        if file is not None:
            try:
                file.unlink(missing_ok=True)
            except OSError as exc:
                error = f"{file}: {exc.strerror or exc}"
                self.app.notify(
                    t("award.bids_not_saved", self.lang, error=error),
                    severity="error",
                    markup=False,
                )
        self.app.bids.pop(self.proc().id, None)  # type: ignore[attr-defined]
        self.refresh_simulation()

    def explain_widget(self, widget: Widget) -> tuple[str, str] | None:
        if widget.id != "aw-weights":
            return None
        app: Any = self.app
        item = self._weight_item()
        crit = app.catalogue.criteria.get(item) if item else None
        if crit is None or not crit.scoring:
            return None
        lang = self.lang
        return crit.title.get(lang), f"{t('crit.scoring', lang)}: {crit.scoring.get(lang)}"


def short_id(item: str) -> str:
    """A column header for a criterion: its number within the group (`wegen-07` -> `#07`)."""
    head, _, tail = item.rpartition("-")
    return f"#{tail}" if head and tail.isdigit() and not item.startswith("eigen") else item
