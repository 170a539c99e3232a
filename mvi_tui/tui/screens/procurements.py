"""Step 4: the strategic procurement plan, ranked by the engine, with a portfolio picture."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import DataTable, Label

from mvi_tui.tui.engine import engine
from mvi_tui.tui.messages import t
from mvi_tui.tui.screens.base import CONTRACTS, StepScreen, plain
from mvi_tui.tui.screens.form import FieldSpec, FormDialog
from mvi_tui.tui.widgets.portfolio import bar_chart, target_chart
from mvi_tui.tui.widgets.quiet import Quiet

SORTS = ("priority", "value", "title", "start")


class ProcTable(DataTable):
    """The planned procurements; keys to add, edit, delete, sort and draft."""

    BINDINGS = [
        Binding("a", "screen.add", "Add", id="add"),
        Binding("e", "screen.edit", "Edit", id="edit"),
        Binding("d,delete", "screen.delete", "Delete", id="delete"),
        Binding("s", "screen.sort", "Sort", id="sort"),
        Binding("v", "screen.picture", "View", id="picture"),
        Binding("t", "screen.tender", "Criteria", id="tender"),
    ]


class PlanScreen(StepScreen):
    """Table of procurements (priority, impact, threshold, procedure, level) and a picture."""

    STEP = "plan"
    NOTES = "plan"
    AUTO_FOCUS = "#plan-table"

    def __init__(self) -> None:
        super().__init__()
        self.sort_key = "priority"
        self.picture = "impact"
        self.rows: dict[str, Any] = {}

    def compose_body(self) -> Iterable[Widget]:
        yield Quiet("", id="plan-empty", classes="dim")
        yield ProcTable(id="plan-table", cursor_type="row", zebra_stripes=True)
        yield Label("", id="plan-picture-title", classes="section")
        with VerticalScroll(id="plan-picture-box"):
            yield Quiet("", id="plan-picture")

    # ------------------------------------------------------------------ view

    def priorities(self) -> dict[str, Any]:
        """The engine's priority rows by procurement id (empty without the engine)."""
        module = engine("priorities")
        app: Any = self.app
        if module is None or not app.plan.procurements:
            return {}
        return {
            r.procurement_id: r for r in module.prioritise(app.plan, app.catalogue, on=app.today)
        }

    def sorted_procs(self) -> list[Any]:
        app: Any = self.app
        procs = list(app.plan.procurements)
        if self.sort_key == "priority" and self.rows:
            order = {pid: i for i, pid in enumerate(self.rows)}
            procs.sort(key=lambda p: order.get(p.id, len(order)))
        elif self.sort_key == "value":
            procs.sort(key=lambda p: -p.value_eur)
        elif self.sort_key == "title":
            procs.sort(key=lambda p: p.title.lower())
        elif self.sort_key == "start":
            procs.sort(key=lambda p: (p.start is None, p.start or 0))
        return procs

    def refresh_view(self) -> None:
        from mvi_tui.core.editing import format_eur, format_number

        app: Any = self.app
        lang = self.lang
        self.rows = self.priorities()
        table = self.query_one("#plan-table", ProcTable)
        keep = table.cursor_row
        table.clear(columns=True)
        widths = {"title": 22, "group": 24}
        cols = (
            "rank",
            "title",
            "priority",
            "impact",
            "level",
            "threshold",
            "value",
            "procedure",
            "criteria",
            "group",
        )
        for col in cols:
            table.add_column(t(f"col.{col}", lang), key=col, width=widths.get(col))
        rank = {pid: i for i, pid in enumerate(self.rows, 1)}
        for proc in self.sorted_procs():
            row = self.rows.get(proc.id)
            group = app.catalogue.groups.get(proc.product_group)
            level = proc.level or (row.proposed_level if row else None)
            level_text = t(f"level.{int(level)}", lang) if level else "-"
            if proc.level is None and row is not None:
                level_text += "*"
            crit = 0
            if proc.tender:
                crit = len(proc.tender.criteria) + len(proc.tender.own_criteria)
            threshold = "-"
            if row:
                threshold = t("above", lang) if row.above_threshold else t("below", lang)
            table.add_row(
                str(rank.get(proc.id, "-")),
                plain(proc.title),
                f"{row.priority:.0f}" if row else "-",
                format_number(row.impact_t_co2, lang) if row else "-",
                level_text,
                threshold,
                format_eur(proc.value_eur, lang),
                t(f"procedure.{row.advised_procedure}", lang) if row else "-",
                str(crit) if crit else "-",
                plain(group.name.get(lang) if group else proc.product_group),
                key=proc.id,
            )
        empty = not app.plan.procurements
        self.query_one("#plan-empty", Quiet).update(t("plan.empty", lang) if empty else "")
        self.query_one("#plan-empty", Quiet).display = empty
        if table.row_count:
            table.move_cursor(row=min(keep, table.row_count - 1))
        self.draw_picture()
        if self.focused is None:
            table.focus()

    def draw_picture(self) -> None:
        """Impact per procurement, or coverage per theme against the targets."""
        from mvi_tui.core.editing import format_eur

        app: Any = self.app
        lang = self.lang
        width = max(40, (self.size.width or 80) - 4)
        title = self.query_one("#plan-picture-title", Label)
        box = self.query_one("#plan-picture", Quiet)
        title.update(f"[v] {t('picture.' + self.picture, lang)}")
        text = ""
        if self.picture == "impact":
            if self.rows:
                procs = {p.id: p for p in app.plan.procurements}
                rows = [
                    (r.title, r.impact_t_co2, format_eur(procs[r.procurement_id].value_eur, lang))
                    for r in sorted(self.rows.values(), key=lambda r: -r.impact_t_co2)
                    if r.procurement_id in procs
                ]
                text = bar_chart(rows, width, lang)
            elif app.plan.procurements and engine("priorities") is None:
                text = t("engine_missing", lang)
        else:
            text = self.coverage_text(width)
        box.update(text or t("picture.none", lang))

    def coverage_text(self, width: int) -> str:
        """Share of spend with criteria per theme, and each target's progress, from the engine."""
        module = engine("coverage")
        app: Any = self.app
        lang = self.lang
        if module is None:
            return t("engine_missing", lang)
        if not app.plan.procurements:
            return ""
        from mvi_tui.core.editing import format_number

        cov = module.coverage(app.plan, app.catalogue, on=app.today)
        names = {tid: info.name.get(lang) for tid, info in app.catalogue.themes.items()}
        # The headline figures of `mvi report` for this plan, then the themes and targets.
        head = [
            t(
                "dash.mvi",
                lang,
                n=cov.with_criteria,
                total=cov.procurements,
                count=cov.share_procurements_pct,
                spend=cov.share_spend_pct,
            ),
            t("dash.level", lang, level=cov.level_share_pct, award=cov.share_award_pct),
            t(
                "dash.co2",
                lang,
                co2=format_number(cov.co2_in_scope_t, lang),
                covered=cov.co2_covered_pct,
            ),
        ]
        if cov.isv_risk_procurements:
            head.append(t("dash.isv", lang, n=cov.isv_covered, total=cov.isv_risk_procurements))
        if cov.sroi_applicable:
            head.append(t("dash.sroi", lang, n=cov.sroi_covered, total=cov.sroi_applicable))
        share_targets = {}
        for progress in cov.targets:
            if str(progress.metric) in ("spend-share", "circular-share", "award-share"):
                share_targets.setdefault(progress.theme, progress.target)
        rows = [
            (names.get(theme, str(theme)), item.share_spend_pct, share_targets.get(theme))
            for theme, item in cov.themes.items()
        ]
        text = "\n".join(head) + "\n\n" + target_chart(rows, width, t("picture.target", lang))
        lines = []
        for progress in cov.targets:
            if progress.actual is None:
                continue
            mark = "✓" if progress.met else "✗"
            metric = t(f"metric.{progress.metric}", lang)
            lines.append(
                f"{mark} {names.get(progress.theme, progress.theme)}: {metric} "
                f"{progress.actual:.0f}% / {progress.target:g}% ({progress.year})"
            )
        if lines:
            text += "\n\n" + "\n".join(lines)
        return text

    def explain_widget(self, widget: Widget) -> tuple[str, str] | None:
        """F1 on the table: what the columns mean and why this procurement ranks as it does."""
        if widget.id != "plan-table":
            return None
        lang = self.lang
        body = t("plan.columns", lang)
        pid = self.selected_id()
        row = self.rows.get(pid) if pid else None
        if row is not None:
            body = f"{row.title}: {row.reason.get(lang)}\n\n{body}"
        return t("title.plan", lang), body

    def on_resize(self) -> None:
        if self.is_mounted:
            self.draw_picture()

    # ----------------------------------------------------------------- actions

    def selected_id(self) -> str | None:
        table = self.query_one("#plan-table", ProcTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return str(key.value) if key.value is not None else None

    def action_sort(self) -> None:
        self.sort_key = SORTS[(SORTS.index(self.sort_key) + 1) % len(SORTS)]
        self.refresh_view()
        self.notify(
            t("sorted_by", self.lang, key=t(f"sort.{self.sort_key}", self.lang)),
            timeout=2,
            markup=False,
        )

    def action_picture(self) -> None:
        self.picture = "coverage" if self.picture == "impact" else "impact"
        self.draw_picture()

    def action_tender(self) -> None:
        pid = self.selected_id()
        if pid:
            app: Any = self.app
            app.proc_id = pid
            app.action_goto("criteria")

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_edit()

    def action_add(self) -> None:
        self.proc_form(None)

    def action_edit(self) -> None:
        pid = self.selected_id()
        if pid:
            self.proc_form(pid)

    def action_delete(self) -> None:
        from mvi_tui.core.editing import delete_procurement
        from mvi_tui.tui.screens.dialogs import ChoiceDialog

        app: Any = self.app
        pid = self.selected_id()
        proc = app.plan.procurement(pid) if pid else None
        if proc is None:
            return

        def done(choice: str | None) -> None:
            if choice == "yes":
                delete_procurement(app.plan, proc.id)
                if app.proc_id == proc.id:
                    app.proc_id = app.current_proc_for(app.plan)
                self.changed()
                self.refresh_view()

        choices = [
            ("yes", t("key.delete", self.lang), "error"),
            ("no", t("cancel", self.lang), "default"),
        ]
        app.push_screen(
            ChoiceDialog(
                t("key.delete", self.lang), t("delete_proc", self.lang, title=proc.title), choices
            ),
            done,
        )

    def proc_form(self, pid: str | None) -> None:
        """Add or edit a procurement in a form validated by the models."""
        from mvi_tui.core import editing

        app: Any = self.app
        lang = self.lang
        cat = app.catalogue
        proc = app.plan.procurement(pid) if pid else None
        groups = sorted(
            cat.groups.values(),
            key=lambda g: (
                cat.clusters[g.cluster].name.get(lang) if g.cluster in cat.clusters else "",
                g.name.get(lang),
            ),
        )
        group_options = [
            (
                f"{cat.clusters[g.cluster].name.get(lang) if g.cluster in cat.clusters else g.cluster}: {g.name.get(lang)}",
                g.id,
            )
            for g in groups
        ]
        levels = [(t(f"level.{i}", lang), i) for i in (1, 2, 3)]
        fields = [
            FieldSpec(
                "title",
                t("proc.title", lang),
                "text",
                proc.title if proc else "",
                help="Procurement.title",
            ),
            FieldSpec(
                "product_group",
                t("proc.group", lang),
                "select",
                proc.product_group if proc else (groups[0].id if groups else None),
                group_options,
                help="Procurement.product_group",
            ),
            FieldSpec(
                "contract_type",
                t("proc.contract", lang),
                "select",
                str(proc.contract_type) if proc else None,
                [(t(f"contract.{c}", lang), c) for c in CONTRACTS],
                help="Procurement.contract_type",
                optional=proc is None,
                extra={"prompt": t("auto", lang)},
            ),
            FieldSpec(
                "value_eur",
                t("proc.value", lang),
                "number",
                proc.value_eur if proc else None,
                help="Procurement.value_eur",
            ),
            FieldSpec(
                "start",
                t("proc.start", lang),
                "date",
                proc.start if proc else None,
                help="Procurement.start",
                optional=True,
            ),
            FieldSpec(
                "duration_months",
                t("proc.duration", lang),
                "int",
                proc.duration_months if proc else 12,
                help="Procurement.duration_months",
            ),
            FieldSpec(
                "options_months",
                t("proc.options", lang),
                "int",
                proc.options_months if proc else 0,
                help="Procurement.options_months",
            ),
            FieldSpec(
                "level",
                t("proc.level", lang),
                "select",
                int(proc.level) if proc and proc.level else None,
                levels,
                help="Procurement.level",
                optional=True,
                extra={"prompt": t("auto", lang)},
            ),
            FieldSpec(
                "market_position",
                t("proc.market", lang),
                "int",
                proc.influence.market_position if proc else 3,
                help="Influence.market_position",
            ),
            FieldSpec(
                "innovation_need",
                t("proc.innovation", lang),
                "int",
                proc.influence.innovation_need if proc else 3,
                help="Influence.innovation_need",
            ),
            FieldSpec(
                "description",
                t("proc.description", lang),
                "area",
                proc.description if proc else "",
                help="Procurement.description",
            ),
        ]

        def apply(values: dict[str, Any]) -> None:
            influence = {
                "market_position": values.pop("market_position"),
                "innovation_need": values.pop("innovation_need"),
            }
            if values.get("value_eur") is None:
                values["value_eur"] = 0
            if values.get("duration_months") is None:
                values["duration_months"] = 12
            if values.get("options_months") is None:
                values["options_months"] = 0
            values["influence"] = {k: (3 if v is None else v) for k, v in influence.items()}
            if proc is None:
                new = editing.add_procurement(app.plan, cat, **values)
                app.proc_id = new.id
            else:
                if values.get("contract_type") is None:
                    values["contract_type"] = proc.contract_type
                editing.update_procurement(app.plan, proc.id, **values)

        def done(ok: bool | None) -> None:
            if ok:
                self.changed()
                self.refresh_view()

        title = t("proc.title_edit" if proc else "proc.title_new", lang)
        app.push_screen(FormDialog(title, fields, apply), done)
