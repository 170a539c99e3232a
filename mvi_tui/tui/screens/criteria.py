"""Step 5: pick the tender's criteria from the catalogue, edit them, add own ones.

The list is filtered as the user types; option objects are cached per criterion, so a
keystroke costs a substring test per criterion and no re-rendering of unchanged rows
(see benchmarks/tui_bench.py for the measured time per keystroke).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import Input, OptionList, Select
from textual.widgets.option_list import Option

from mvi_tui.tui.engine import engine
from mvi_tui.tui.messages import t
from mvi_tui.tui.screens.base import StepScreen, set_value
from mvi_tui.tui.screens.form import FieldSpec, FormDialog
from mvi_tui.tui.widgets.quiet import Quiet

# The list shows at most this many catalogue criteria, with a count of the rest: the
# built-in catalogue (500) always fits, but a user catalogue folder can add thousands,
# and building and laying out thousands of options took most of a keystroke in the
# search (benchmarks/README.md, Wizard). Typing narrows the list.
MAX_LISTED = 500

TYPES = ("geschiktheidseis", "selectiecriterium", "eis", "gunningscriterium", "contractbepaling")


class CriteriaList(OptionList):
    """The filtered criteria; space or Enter selects, e edits, o adds an own criterion."""

    BINDINGS = [
        Binding("space", "screen.toggle", "Select", id="toggle"),
        Binding("e", "screen.edit", "Edit", id="edit"),
        Binding("o", "screen.own", "Own criterion", id="own"),
        Binding("d,delete", "screen.delete_own", "Delete", id="delete", show=False),
        Binding("slash", "screen.search", "Search", id="search"),
    ]

    def _update_lines(self) -> None:
        """Every criterion is one line (no wrapping, an ellipsis), so skip measuring each.

        Textual measures the height of every option after each change; with the whole
        catalogue listed that was a third of the time of a keystroke in the search box.
        """
        if not self.scrollable_content_region:
            return
        cache = self._line_cache
        lines = cache.lines
        start = lines[-1][0] + 1 if lines else 0
        for index in range(start, len(self.options)):
            cache.index_to_line[index] = len(lines)
            cache.heights[index] = 1
            lines.append((index, 0))
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        size = Size(width, len(lines))
        if size != self.virtual_size:
            self.virtual_size = size
            self._scroll_update(size)


class SearchInput(Input):
    """Search as you type; Down or Enter moves to the list.

    The list is filtered in the value watcher itself, not on the Changed message, so the
    typed character and the filtered list reach the screen in the same frame.
    """

    BINDINGS = [Binding("down", "screen.to_list", "List", show=False)]

    def watch_value(self, value: str) -> None:
        refilter = getattr(self.screen, "refilter", None)
        if self.is_mounted and callable(refilter):
            refilter()


class CriteriaScreen(StepScreen):
    """Filters, the list, a detail pane and the engine's live warnings."""

    STEP = "criteria"
    NOTES = "criteria"
    AUTO_FOCUS = "#crit-list"
    HELP = {
        "crit-proc": ("Procurement.title", "crit.procurement"),
        "crit-search": ("ChosenCriterion.text", "crit.search"),
    }

    def __init__(self) -> None:
        super().__init__()
        self._options: dict[tuple[str, bool, str], Option] = {}
        self._detail_key: tuple[Any, ...] | None = None
        self.shown: list[str] = []

    def compose_body(self) -> Iterable[Widget]:
        lang = self.lang
        with Horizontal(classes="toolbar"):
            yield Select(
                [],
                id="crit-proc",
                compact=True,
                allow_blank=True,
                prompt=t("crit.procurement", lang),
            )
            yield Select(
                [
                    (t("crit.scope_group", lang), "group"),
                    (t("crit.scope_all", lang), "all"),
                    (t("crit.scope_chosen", lang), "chosen"),
                ],
                id="crit-scope",
                value="group",
                allow_blank=False,
                compact=True,
            )
        with Horizontal(classes="toolbar"):
            yield Select(
                [],
                id="crit-theme",
                compact=True,
                prompt=f"{t('crit.theme', lang)}: {t('all', lang)}",
            )
            yield Select(
                [(f"{i} {t(f'level.{i}', lang)}", i) for i in (1, 2, 3)],
                id="crit-level",
                compact=True,
                prompt=f"{t('crit.level', lang)}: {t('all', lang)}",
            )
            yield Select(
                [(t(f"type.{ty}", lang), ty) for ty in TYPES],
                id="crit-type",
                compact=True,
                prompt=f"{t('crit.type', lang)}: {t('all', lang)}",
            )
            yield SearchInput(placeholder=t("crit.search", lang), id="crit-search", compact=True)
        yield Quiet("", id="crit-empty", classes="dim")
        with Horizontal(id="crit-main"):
            yield CriteriaList(id="crit-list")
            with VerticalScroll(id="crit-detail-box"):
                yield Quiet("", id="crit-detail")
        yield Quiet("", id="crit-count", classes="dim", fixed=True)
        with VerticalScroll(id="crit-warnings-box"):
            yield Quiet("", id="crit-warnings")

    # ------------------------------------------------------------ state

    def proc(self) -> Any:
        return self.app.current_proc()  # type: ignore[attr-defined]

    def filters(self) -> dict[str, Any]:
        def val(ident: str) -> Any:
            v = self.query_one(ident, Select).value
            return None if v is Select.NULL else v

        return {
            "scope": val("#crit-scope") or "group",
            "theme": val("#crit-theme"),
            "level": val("#crit-level"),
            "type": val("#crit-type"),
            "query": self.query_one("#crit-search", Input).value,
        }

    # ------------------------------------------------------------ view

    def refresh_view(self) -> None:
        app: Any = self.app
        lang = self.lang
        proc = self.proc()
        procs = self.query_one("#crit-proc", Select)
        options = [(Content(p.title), p.id) for p in app.plan.procurements]
        procs.set_options(options)
        set_value(procs, proc.id if proc else None)
        theme = self.query_one("#crit-theme", Select)
        if not theme._options or len(list(theme._options)) <= 1:
            theme.set_options(
                [(info.name.get(lang), tid) for tid, info in app.catalogue.themes.items()]
            )
        empty = self.query_one("#crit-empty", Quiet)
        empty.update("" if proc else t("crit.no_proc", lang))
        empty.display = proc is None
        self.refilter()
        self.show_warnings()
        if self.focused is None:
            self.query_one("#crit-list", CriteriaList).focus()

    def option_for(self, cid: str, chosen: bool, lang: str) -> Option:
        """A cached option (its rendering is cached by Textual with it)."""
        key = (cid, chosen, lang)
        option = self._options.get(key)
        if option is None:
            crit = self.app.catalogue.criteria[cid]  # type: ignore[attr-defined]
            mark = "[✓]" if chosen else "[ ]"
            abbr = t(f"typeabbr.{crit.type}", lang)
            prompt = Content(f"{mark} {crit.level} {abbr} {crit.title.get(lang)}  ·{crit.id}")
            option = Option(prompt, id=cid)
            self._options[key] = option
        return option

    def matching(self) -> list[Any]:
        """Catalogue criteria matching the filters (the engine-free part of the list)."""
        app: Any = self.app
        f = self.filters()
        proc = self.proc()
        chosen_ids = {c.id for c in proc.tender.criteria} if proc and proc.tender else set()
        group = None
        if f["scope"] == "group":
            if proc is None:
                return []
            group = proc.product_group
        found = app.catalogue.filter(
            group=group,
            theme=f["theme"],
            level=f["level"],
            type=f["type"],
            query=f["query"],
            lang=self.lang,
        )
        if f["scope"] == "chosen":
            found = [c for c in found if c.id in chosen_ids]
        return found

    def refilter(self) -> None:
        """Rebuild the list for the current filters, keeping the highlighted criterion."""
        from mvi_tui.core.numfmt import fmt_number

        proc = self.proc()
        lst = self.query_one("#crit-list", CriteriaList)
        before = lst.highlighted_option.id if lst.highlighted_option else None
        chosen_ids = {c.id for c in proc.tender.criteria} if proc and proc.tender else set()
        found = self.matching()
        lang = self.lang
        listed = found[:MAX_LISTED]
        options: list[Option] = [self.option_for(c.id, c.id in chosen_ids, lang) for c in listed]
        f = self.filters()
        if proc is not None and proc.tender is not None and f["scope"] != "all":
            from mvi_tui.core.editing import matching_own_criteria

            found_own = matching_own_criteria(
                proc.tender, type=f["type"], level=f["level"], theme=f["theme"], query=f["query"]
            )
            for own in found_own:
                abbr = t(f"typeabbr.{own.type}", self.lang)
                prompt = Content(
                    f"[✓] {int(own.level)} {abbr} {own.title}  ·{own.id} ({t('crit.own', self.lang)})"
                )
                options.append(Option(prompt, id=f"own:{own.id}"))
        self.shown = [o.id or "" for o in options]
        lst.set_options(options)
        if options:
            index = self.shown.index(before) if before in self.shown else 0
            lst.highlighted = index
        total = len(self.app.catalogue.criteria_for(proc.product_group)) if proc else 0  # type: ignore[attr-defined]
        if f["scope"] == "all":
            total = len(self.app.catalogue.criteria)  # type: ignore[attr-defined]
        chosen = (
            (len(proc.tender.criteria) + len(proc.tender.own_criteria))
            if proc and proc.tender
            else 0
        )
        count = t(
            "crit.count",
            lang,
            shown=fmt_number(len(options), lang),
            total=fmt_number(total, lang),
            chosen=chosen,
        )
        if len(found) > len(listed):
            more = fmt_number(len(found) - len(listed), lang)
            count += "  " + t("crit.more", lang, more=more)
        if not options and proc is not None:
            count += "  " + t("crit.none", lang)
        self.query_one("#crit-count", Quiet).update(count)
        self.show_detail()

    def show_detail(self) -> None:
        """The highlighted criterion: text (with the buyer's edits), why, proof, scoring."""
        from mvi_tui.core.editing import chosen as chosen_of
        from mvi_tui.core.resolve import fill

        app: Any = self.app
        lang = self.lang
        lst = self.query_one("#crit-list", CriteriaList)
        box = self.query_one("#crit-detail", Quiet)
        option = lst.highlighted_option
        proc = self.proc()
        # Typing a search mostly keeps the same criterion highlighted: skip the redraw.
        key = (option.id if option else None, proc.id if proc else None, app.plan_version, lang)
        if key == self._detail_key:
            return
        self._detail_key = key
        if option is None or not option.id:
            box.update("")
            return
        if option.id.startswith("own:"):
            own = (
                next((c for c in proc.tender.own_criteria if c.id == option.id[4:]), None)
                if proc and proc.tender
                else None
            )
            if own is None:
                box.update("")
                return
            parts = [
                Content.styled(own.title, "bold"),
                Content(
                    f"{own.id} · {t(f'type.{own.type}', lang)} · {t(f'level.{int(own.level)}', lang)} · {t('crit.own', lang)}"
                ),
                Content(t("crit.chosen", lang)),
                Content(""),
                Content.styled(t("crit.text", lang), "underline"),
                Content(own.text),
            ]
            if own.verification:
                parts += [
                    Content(""),
                    Content.styled(t("crit.verification", lang), "underline"),
                    Content(own.verification),
                ]
            if own.scoring:
                parts += [
                    Content(""),
                    Content.styled(t("crit.scoring", lang), "underline"),
                    Content(own.scoring),
                ]
            if own.weight is not None:
                parts += [Content(f"{t('crit.weight', lang)}: {own.weight:g}%")]
            box.update(Content("\n").join(parts))
            return
        crit = app.catalogue.criteria[option.id]
        choice = chosen_of(proc.tender if proc else None, crit.id)
        values = {name: spec.default for name, spec in crit.parameters.items()}
        if choice:
            values.update(choice.parameters)
        text, _missing = fill(
            choice.text if choice and choice.text else crit.text.get(lang), values, lang
        )
        themes = ", ".join(
            app.catalogue.themes[th].name.get(lang)
            for th in crit.themes
            if th in app.catalogue.themes
        )
        parts = [
            Content.styled(crit.title.get(lang), "bold"),
            Content(
                f"{crit.id} · {t(f'type.{crit.type}', lang)} · {t(f'level.{int(crit.level)}', lang)} · {themes}"
            ),
            Content(t("crit.chosen", lang) if choice else t("crit.not_chosen", lang)),
            Content(""),
            Content.styled(t("crit.text", lang), "underline"),
            Content(text),
        ]
        if crit.parameters:
            lines = [
                f"{spec.label.get(lang)}: {values.get(name)}{(' ' + spec.unit) if spec.unit else ''}"
                for name, spec in crit.parameters.items()
            ]
            parts += [
                Content(""),
                Content.styled(t("crit.parameters", lang), "underline"),
                Content("\n".join(lines)),
            ]
        if crit.is_award():
            rng = t("crit.weight_range", lang, lo=crit.weight_min or 0, hi=crit.weight_max or 100)
            weight = f"{choice.weight:g}%" if choice and choice.weight is not None else "-"
            parts += [Content(""), Content(f"{t('crit.weight', lang)}: {weight} ({rng})")]
        parts += [
            Content(""),
            Content.styled(t("crit.explanation", lang), "underline"),
            Content(crit.explanation.get(lang)),
            Content(""),
            Content.styled(t("crit.verification", lang), "underline"),
            Content(crit.verification.get(lang)),
        ]
        if crit.scoring:
            parts += [
                Content(""),
                Content.styled(t("crit.scoring", lang), "underline"),
                Content(crit.scoring.get(lang)),
            ]
        box.update(Content("\n").join(parts))

    def show_warnings(self) -> None:
        """The engine's rules for this procurement, live (severity in words and symbols)."""
        app: Any = self.app
        lang = self.lang
        box = self.query_one("#crit-warnings", Quiet)
        proc = self.proc()
        rules = engine("rules")
        if proc is None:
            box.update("")
            return
        if rules is None:
            box.update(t("engine_missing", lang))
            return
        warnings = rules.check_procurement(app.plan, proc, app.catalogue, on=app.today)
        if not warnings:
            box.update(t("crit.no_warnings", lang))
            return
        lines = []
        for w in warnings:
            line = f"{t('sev.' + w.severity, lang)}: {w.message.get(lang)}"
            action = w.action.get(lang) if w.action else ""
            if action:
                line += f" → {action}"
            lines.append(line)
        box.update(Content("\n".join(lines)))

    # ------------------------------------------------------------ events

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "crit-search":
            self.action_to_list()

    def on_select_changed(self, event: Select.Changed) -> None:
        ident = event.select.id
        if ident == "crit-proc":
            app: Any = self.app
            if event.value is not Select.NULL and event.value != app.proc_id:
                app.proc_id = str(event.value)
                self.refresh_view()
        elif ident in ("crit-scope", "crit-theme", "crit-level", "crit-type"):
            self.refilter()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.show_detail()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_toggle()

    def explain_widget(self, widget: Widget) -> tuple[str, str] | None:
        if widget.id != "crit-list":
            return None
        app: Any = self.app
        option = self.query_one("#crit-list", CriteriaList).highlighted_option
        if option is None or not option.id or option.id.startswith("own:"):
            return None
        crit = app.catalogue.criteria[option.id]
        lang = self.lang
        body = f"{crit.explanation.get(lang)}\n\n{t('crit.verification', lang)}: {crit.verification.get(lang)}"
        if crit.scoring:
            body += f"\n\n{t('crit.scoring', lang)}: {crit.scoring.get(lang)}"
        return crit.title.get(lang), body

    # ------------------------------------------------------------ actions

    def action_search(self) -> None:
        self.query_one("#crit-search", Input).focus()

    def action_to_list(self) -> None:
        self.query_one("#crit-list", CriteriaList).focus()

    def highlighted_id(self) -> str | None:
        option = self.query_one("#crit-list", CriteriaList).highlighted_option
        return option.id if option else None

    def action_toggle(self) -> None:
        """Select or deselect the highlighted criterion."""
        from mvi_tui.core.editing import toggle_criterion

        app: Any = self.app
        cid = self.highlighted_id()
        proc = self.proc()
        if not cid or proc is None or cid.startswith("own:"):
            return
        crit = app.catalogue.criteria[cid]
        now = toggle_criterion(proc, crit)
        app.proc_id = proc.id
        self.changed()
        key = "crit.selected" if now else "crit.deselected"
        self.notify(t(key, self.lang, title=crit.title.get(self.lang)), timeout=2, markup=False)
        self.refilter()
        self.show_warnings()

    def action_edit(self) -> None:
        """Edit the text, parameters and weight of a chosen criterion, or an own criterion."""
        from mvi_tui.core import editing

        app: Any = self.app
        lang = self.lang
        cid = self.highlighted_id()
        proc = self.proc()
        if not cid or proc is None:
            return
        if cid.startswith("own:"):
            self.own_form(cid[4:])
            return
        crit = app.catalogue.criteria[cid]
        choice = editing.chosen(proc.tender, cid)
        if choice is None:
            self.notify(t("crit.not_chosen_edit", lang), severity="warning", markup=False)
            return
        doc_lang = str(app.plan.organisation.language)
        fields = [
            FieldSpec(
                "text",
                t("crit.text", lang),
                "area",
                choice.text or crit.text.get(doc_lang),
                help="ChosenCriterion.text",
                note=t("crit.text_help", lang),
            ),
        ]
        for name, spec in crit.parameters.items():
            value = choice.parameters.get(name, spec.default)
            numeric = isinstance(spec.default, int | float) and not isinstance(spec.default, bool)
            rng = (
                f"{spec.min:g} - {spec.max:g} {spec.unit}"
                if spec.min is not None and spec.max is not None
                else spec.unit
            )
            fields.append(
                FieldSpec(
                    f"p_{name}",
                    f"{spec.label.get(lang)}",
                    "number" if numeric else "text",
                    value,
                    help="ChosenCriterion.parameters",
                    note=rng,
                )
            )
        if crit.is_award():
            fields.append(
                FieldSpec(
                    "weight",
                    t("crit.weight", lang) + " (%)",
                    "number",
                    choice.weight,
                    help="ChosenCriterion.weight",
                    optional=True,
                    note=t(
                        "crit.weight_range",
                        lang,
                        lo=crit.weight_min or 0,
                        hi=crit.weight_max or 100,
                    ),
                )
            )

        def apply(values: dict[str, Any]) -> None:
            params = {}
            for name, spec in crit.parameters.items():
                value = values.get(f"p_{name}")
                if value is None:
                    continue
                if (
                    isinstance(spec.default, int)
                    and isinstance(value, float)
                    and value.is_integer()
                ):
                    value = int(value)
                params[name] = value
            editing.edit_criterion(
                proc,
                cid,
                text=editing.text_override(crit, values.get("text") or ""),
                parameters=params,
                weight=values.get("weight") if crit.is_award() else "keep",
            )

        def done(ok: bool | None) -> None:
            if ok:
                self.changed()
                self.refilter()
                self.show_warnings()

        app.push_screen(FormDialog(t("crit.edit_title", lang, id=cid), fields, apply), done)

    def action_own(self) -> None:
        self.own_form(None)

    def own_form(self, own_id: str | None) -> None:
        """Add or edit an own criterion."""
        from mvi_tui.core import editing

        app: Any = self.app
        lang = self.lang
        proc = self.proc()
        if proc is None:
            self.notify(t("crit.no_proc", lang), severity="warning", markup=False)
            return
        own = (
            next((c for c in proc.tender.own_criteria if c.id == own_id), None)
            if proc.tender and own_id
            else None
        )
        fields = [
            FieldSpec(
                "title",
                t("crit.own_name", lang),
                "text",
                own.title if own else "",
                help="OwnCriterion.title",
            ),
            FieldSpec(
                "type",
                t("crit.type", lang),
                "select",
                str(own.type) if own else "eis",
                [(t(f"type.{ty}", lang), ty) for ty in TYPES],
                help="OwnCriterion.type",
            ),
            FieldSpec(
                "level",
                t("crit.level", lang),
                "select",
                int(own.level) if own else 1,
                [(t(f"level.{i}", lang), i) for i in (1, 2, 3)],
                help="OwnCriterion.level",
            ),
            FieldSpec(
                "themes",
                t("crit.theme", lang),
                "multi",
                [str(x) for x in own.themes] if own else [],
                [(info.name.get(lang), str(tid)) for tid, info in app.catalogue.themes.items()],
            ),
            FieldSpec(
                "text",
                t("crit.text", lang),
                "area",
                own.text if own else "",
                help="OwnCriterion.text",
            ),
            FieldSpec(
                "verification",
                t("crit.verification", lang),
                "area",
                own.verification if own else "",
                help="OwnCriterion.verification",
            ),
            FieldSpec(
                "scoring",
                t("crit.scoring", lang),
                "area",
                own.scoring if own else "",
                help="OwnCriterion.scoring",
            ),
            FieldSpec(
                "weight",
                t("crit.weight", lang) + " (%)",
                "number",
                own.weight if own else None,
                help="ChosenCriterion.weight",
                optional=True,
            ),
        ]

        def apply(values: dict[str, Any]) -> None:
            if own is None:
                editing.add_own_criterion(proc, **values)
            else:
                editing.update_own_criterion(proc, own.id, **values)

        def done(ok: bool | None) -> None:
            if ok:
                app.proc_id = proc.id
                self.changed()
                self.refilter()
                self.show_warnings()

        app.push_screen(FormDialog(t("crit.own_title", lang), fields, apply), done)

    def action_delete_own(self) -> None:
        from mvi_tui.core.editing import delete_own_criterion
        from mvi_tui.tui.screens.dialogs import ChoiceDialog

        cid = self.highlighted_id()
        proc = self.proc()
        if not cid or not cid.startswith("own:") or proc is None or proc.tender is None:
            return
        own = next((c for c in proc.tender.own_criteria if c.id == cid[4:]), None)
        if own is None:
            return

        def done(choice: str | None) -> None:
            if choice == "yes":
                delete_own_criterion(proc, own.id)
                self.changed()
                self.refilter()
                self.show_warnings()

        choices = [
            ("yes", t("key.delete", self.lang), "error"),
            ("no", t("cancel", self.lang), "default"),
        ]
        self.app.push_screen(
            ChoiceDialog(
                t("key.delete", self.lang),
                t("crit.delete_own", self.lang, title=own.title),
                choices,
            ),
            done,
        )
