"""Step 2: the contracting authority, checked by the plan models as the user types.

Below the form, the organisation's own value bands (which national procedure up to which
value), edited in a table with a form per band, like the example bids on the award step.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError
from textual.binding import Binding
from textual.containers import Grid
from textual.widget import Widget
from textual.widgets import DataTable, Input, Label, Select

from mvi_tui.tui.engine import engine
from mvi_tui.tui.messages import t
from mvi_tui.tui.screens.base import CONTRACTS, StepScreen, error_text, row_index, set_value
from mvi_tui.tui.screens.form import FieldSpec, FormDialog
from mvi_tui.tui.widgets.quiet import Quiet

KINDS = ("gemeente", "provincie", "waterschap", "rijk", "other")


class BandTable(DataTable):
    """The organisation's own value bands; a adds, e edits, d deletes."""

    BINDINGS = [
        Binding("a", "screen.add_band", "Add", id="add"),
        Binding("e", "screen.edit_band", "Edit", id="edit"),
        Binding("d,delete", "screen.delete_band", "Delete", id="delete"),
    ]


class OrganisationScreen(StepScreen):
    """Name, kind, yearly spend, document language and CO2 baseline."""

    STEP = "organisation"
    NOTES = "organisation"
    AUTO_FOCUS = "#org-name"
    HELP = {
        "org-name": ("Organisation.name", "org.name"),
        "org-kind": ("Organisation.kind", "org.kind"),
        "org-spend": ("Organisation.yearly_spend_eur", "org.spend"),
        "org-language": ("Organisation.language", "org.language"),
        "org-baseline": ("Organisation.co2_baseline_t", "org.baseline"),
    }

    def compose_body(self) -> Iterable[Widget]:
        lang = self.lang
        with Grid(id="org-form", classes="form-grid"):
            yield Label(t("org.name", lang))
            yield Input(id="org-name", compact=True)
            yield Quiet("", id="org-name-msg", classes="msg")
            yield Label(t("org.kind", lang))
            yield Select(
                [(t(f"kind.{k}", lang), k) for k in KINDS],
                id="org-kind",
                allow_blank=True,
                compact=True,
            )
            yield Quiet("", id="org-kind-msg", classes="msg")
            yield Label(t("org.spend", lang))
            yield Input(id="org-spend", compact=True)
            yield Quiet("", id="org-spend-msg", classes="msg")
            yield Label(t("org.language", lang))
            yield Select(
                [(t("lang.nl", lang), "nl"), (t("lang.en", lang), "en")],
                id="org-language",
                allow_blank=True,
                compact=True,
            )
            yield Quiet("", id="org-language-msg", classes="msg")
            yield Label(t("org.baseline", lang))
            yield Input(id="org-baseline", compact=True)
            yield Quiet("", id="org-baseline-msg", classes="msg")
        yield Quiet("", id="org-threshold", classes="dim")
        yield Label(t("org.bands", lang), classes="section")
        yield BandTable(id="org-bands", cursor_type="row", zebra_stripes=True)
        yield Quiet("", id="org-bands-hint", classes="dim")

    def refresh_view(self) -> None:
        from mvi_tui.core.editing import format_number

        org = self.app.plan.organisation  # type: ignore[attr-defined]
        lang = self.lang
        set_value(self.query_one("#org-name", Input), org.name)
        set_value(self.query_one("#org-kind", Select), str(org.kind))
        spend = self.query_one("#org-spend", Input)
        if not spend.has_focus:
            set_value(
                spend, format_number(org.yearly_spend_eur, lang) if org.yearly_spend_eur else ""
            )
        set_value(self.query_one("#org-language", Select), str(org.language))
        base = self.query_one("#org-baseline", Input)
        if not base.has_focus:
            set_value(
                base, "" if org.co2_baseline_t is None else format_number(org.co2_baseline_t, lang)
            )
        self.show_bands()
        self.show_threshold()
        if self.focused is None:
            self.query_one("#org-name", Input).focus()

    def show_threshold(self) -> None:
        """The EU threshold that applies to this kind of authority, from the engine."""
        thresholds = engine("thresholds")
        box = self.query_one("#org-threshold", Quiet)
        if thresholds is None:
            box.update("")
            return
        from mvi_tui.core.editing import format_eur
        from mvi_tui.core.enums import ContractType

        app: Any = self.app
        org = app.plan.organisation
        th = thresholds.threshold_for(org.kind, ContractType.SERVICES, app.today, app.catalogue)
        kind = t("org.central" if th.central else "org.subcentral", self.lang)
        box.update(
            t("org.threshold", self.lang, amount=format_eur(th.amount_eur, self.lang), kind=kind)
            + f" ({th.period})"
        )

    def show_bands(self) -> None:
        """The own value bands, one row each; the hint says what applies without them."""
        from mvi_tui.core.editing import format_eur

        org = self.app.plan.organisation  # type: ignore[attr-defined]
        lang = self.lang
        table = self.query_one("#org-bands", BandTable)
        keep = table.cursor_row
        table.clear(columns=True)
        table.add_columns(
            t("org.band_contract", lang), t("org.band_max", lang), t("org.band_procedure", lang)
        )
        for i, band in enumerate(org.value_bands):
            table.add_row(
                t(f"contract.{band.contract_type}", lang),
                format_eur(band.max_eur, lang),
                self.procedure_name(band.procedure),
                key=str(i),
            )
        if table.row_count:
            table.move_cursor(row=min(keep, table.row_count - 1))
        hint = "org.bands_own" if org.value_bands else "org.bands_default"
        self.query_one("#org-bands-hint", Quiet).update(t(hint, lang))

    def procedure_name(self, code: str) -> str:
        """A procedure's full name in the interface language, from the reference table."""
        from mvi_tui.core.reference import procedures

        info = procedures(self.app.catalogue).get(code)  # type: ignore[attr-defined]
        return info.name.get(self.lang) if info else code

    def band_form(self, index: int | None) -> None:
        """Add (`index` None) or edit an own value band in a form."""
        from mvi_tui.core.editing import BAND_PROCEDURES, set_value_band

        app: Any = self.app
        lang = self.lang
        bands = app.plan.organisation.value_bands
        band = bands[index] if index is not None else None
        fields = [
            FieldSpec(
                "contract_type",
                t("org.band_contract", lang),
                "select",
                str(band.contract_type) if band else "supplies",
                options=[(t(f"contract.{c}", lang), c) for c in CONTRACTS],
                help="ValueBand.contract_type",
            ),
            FieldSpec(
                "max_eur",
                t("org.band_max", lang),
                "number",
                band.max_eur if band else None,
                help="ValueBand.max_eur",
            ),
            FieldSpec(
                "procedure",
                t("org.band_procedure", lang),
                "select",
                str(band.procedure) if band else "single-quote",
                options=[(self.procedure_name(p), str(p)) for p in BAND_PROCEDURES],
                help="ValueBand.procedure",
            ),
        ]

        def apply(values: dict[str, Any]) -> None:
            set_value_band(app.plan, index, **values)

        def done(ok: bool | None) -> None:
            if ok:
                self.changed()
                self.show_bands()

        app.push_screen(FormDialog(t("org.band_title", lang), fields, apply), done)

    def _band_index(self) -> int | None:
        return row_index(self.query_one("#org-bands", BandTable))

    def action_add_band(self) -> None:
        self.band_form(None)

    def action_edit_band(self) -> None:
        index = self._band_index()
        if index is not None:
            self.band_form(index)

    def action_delete_band(self) -> None:
        from mvi_tui.core.editing import delete_value_band

        index = self._band_index()
        if index is not None:
            delete_value_band(self.app.plan, index)  # type: ignore[attr-defined]
            self.changed()
            self.show_bands()

    def _message(self, ident: str, text: str, ok: bool) -> None:
        box = self.query_one(f"#{ident}-msg", Quiet)
        box.update(t("invalid", self.lang, error=text) if not ok else text)
        box.set_class(not ok, "error")

    def _assign(self, ident: str, field: str, value: Any) -> None:
        org = self.app.plan.organisation  # type: ignore[attr-defined]
        if getattr(org, field) == value:
            self._message(ident, "", True)
            return
        try:
            setattr(org, field, value)
        except ValidationError as exc:
            self._message(ident, error_text(exc, self.lang), False)
            return
        self._message(ident, "", True)
        self.changed()

    def on_input_changed(self, event: Input.Changed) -> None:
        from mvi_tui.core.editing import format_eur, parse_number

        ident = event.input.id or ""
        value = event.value
        if ident == "org-name":
            self._assign(ident, "name", value)
        elif ident == "org-spend":
            if not value.strip():
                self._assign(ident, "yearly_spend_eur", 0)
                return
            try:
                amount = parse_number(value, self.lang)
            except ValueError as exc:
                self._message(ident, str(exc), False)
                return
            self._assign(ident, "yearly_spend_eur", amount)
            if self.query_one("#org-spend-msg", Quiet).has_class("error") is False:
                self._message(ident, "= " + format_eur(amount, self.lang), True)
        elif ident == "org-baseline":
            if not value.strip():
                self._assign(ident, "co2_baseline_t", None)
                return
            try:
                amount = parse_number(value, self.lang)
            except ValueError as exc:
                self._message(ident, str(exc), False)
                return
            self._assign(ident, "co2_baseline_t", amount)

    def on_select_changed(self, event: Select.Changed) -> None:
        ident = event.select.id or ""
        if event.value is Select.NULL:
            return
        if ident == "org-kind":
            from mvi_tui.core.enums import OrgKind

            self._assign(ident, "kind", OrgKind(event.value))
            self.show_threshold()
        elif ident == "org-language":
            from mvi_tui.core.enums import Lang

            self._assign(ident, "language", Lang(event.value))
