"""Step 2: the contracting authority, checked by the plan models as the user types."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError
from textual.containers import Grid
from textual.widget import Widget
from textual.widgets import Input, Label, Select

from mvi_tui.tui.engine import engine
from mvi_tui.tui.messages import t
from mvi_tui.tui.screens.base import StepScreen, error_text, set_value
from mvi_tui.tui.widgets.quiet import Quiet

KINDS = ("gemeente", "provincie", "waterschap", "rijk", "other")


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
            yield Label(t("org.bands", lang))
            yield Quiet("", id="org-bands", classes="span2")
        yield Quiet("", id="org-threshold", classes="dim")

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
        bands = (
            t("org.bands_own", lang, n=len(org.value_bands))
            if org.value_bands
            else t("org.bands_default", lang)
        )
        self.query_one("#org-bands", Quiet).update(bands)
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
