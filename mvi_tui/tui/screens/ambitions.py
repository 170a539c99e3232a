"""Step 3: per theme a default level and dated targets, with the theme's guidance at hand."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Label, OptionList, Select
from textual.widgets.option_list import Option

from mvi_tui.tui.messages import t
from mvi_tui.tui.screens.base import StepScreen, set_value
from mvi_tui.tui.screens.form import FieldSpec, FormDialog
from mvi_tui.tui.widgets.quiet import Quiet

METRICS = (
    "procurement-share",
    "spend-share",
    "level-share",
    "award-share",
    "circular-share",
    "co2-reduction",
    "isv-coverage",
    "sroi-percent",
    "custom",
)


class TargetList(OptionList):
    """The targets of the highlighted theme; a/e/d add, edit and delete."""

    BINDINGS = [
        Binding("a", "screen.add_target", "Add", id="add"),
        Binding("e", "screen.edit_target", "Edit", id="edit"),
        Binding("d,delete", "screen.delete_target", "Delete", id="delete"),
    ]


class ThemeList(OptionList):
    """The six themes with their level and number of targets; a adds a target."""

    BINDINGS = [Binding("a", "screen.add_target", "Add", id="add")]


class AmbitionsScreen(StepScreen):
    """Themes on the left; level, targets and guidance of the highlighted theme on the right."""

    STEP = "ambitions"
    NOTES = "ambitions"
    AUTO_FOCUS = "#amb-themes"
    HELP = {
        "amb-level": ("ThemeAmbition.level", "amb.level"),
        "amb-targets": ("ThemeAmbition.targets", "amb.targets"),
        "amb-preset": ("Ambitions.preset", "amb.preset"),
    }

    def compose_body(self) -> Iterable[Widget]:
        lang = self.lang
        self._presets_filled = False
        with Horizontal(id="amb-presets", classes="toolbar"):
            yield Label(t("amb.preset", lang))
            yield Select([], id="amb-preset", compact=True, prompt="-")
            yield Button(t("amb.apply", lang), id="amb-apply", compact=True)
        with Horizontal(id="amb-main"):
            with Vertical(id="amb-left"):
                yield Label(
                    f"{t('amb.theme', lang):<20} {t('amb.level', lang):<11} #", classes="col-head"
                )
                yield ThemeList(id="amb-themes", markup=False)
            with Vertical(id="amb-right"):
                with Horizontal(classes="toolbar"):
                    yield Label(t("amb.level", lang))
                    yield Select(
                        [(t("amb.no_level", lang), 0)]
                        + [(t(f"level.{i}", lang), i) for i in (1, 2, 3)],
                        id="amb-level",
                        allow_blank=True,
                        compact=True,
                    )
                yield Label(t("amb.targets", lang), classes="section")
                yield TargetList(id="amb-targets", markup=False)
                with VerticalScroll(id="amb-guidance-box"):
                    yield Quiet("", id="amb-guidance")

    # -------------------------------------------------------------- helpers

    def themes(self) -> list[Any]:
        from mvi_tui.core.enums import Theme

        return list(Theme)

    def current_theme(self) -> Any:
        lst = self.query_one("#amb-themes", ThemeList)
        index = lst.highlighted or 0
        return self.themes()[index]

    def theme_name(self, theme: Any) -> str:
        cat = self.app.catalogue  # type: ignore[attr-defined]
        info = cat.themes.get(theme)
        return info.name.get(self.lang) if info else str(theme)

    # -------------------------------------------------------------- view

    def refresh_view(self) -> None:
        app: Any = self.app
        plan = app.plan
        lang = self.lang
        presets = self.query_one("#amb-preset", Select)
        if not self._presets_filled:
            presets.set_options([(p.name.get(lang), p.id) for p in app.catalogue.presets.values()])
            self._presets_filled = True
        if plan.ambitions.preset and plan.ambitions.preset in app.catalogue.presets:
            set_value(presets, plan.ambitions.preset)
        lst = self.query_one("#amb-themes", ThemeList)
        keep = lst.highlighted or 0
        lst.clear_options()
        for theme in self.themes():
            amb = plan.ambitions.themes.get(theme)
            level = t(f"level.{int(amb.level)}", lang) if amb else "-"
            count = len(amb.targets) if amb else 0
            lst.add_option(Option(f"{self.theme_name(theme)[:20]:<20} {level[:11]:<11} {count}"))
        lst.highlighted = keep
        self.show_theme()
        if self.focused is None:
            lst.focus()

    def show_theme(self) -> None:
        """Fill the right side for the highlighted theme."""
        app: Any = self.app
        lang = self.lang
        theme = self.current_theme()
        amb = app.plan.ambitions.themes.get(theme)
        set_value(self.query_one("#amb-level", Select), int(amb.level) if amb else 0)
        targets = self.query_one("#amb-targets", TargetList)
        keep = targets.highlighted
        targets.clear_options()
        if amb and amb.targets:
            for target in amb.targets:
                metric = t(f"metric.{target.metric}", lang)
                text = f"{target.value:g}% {metric} ({target.year})"
                if target.description:
                    text += f": {target.description}"
                targets.add_option(Option(text))
            targets.highlighted = min(keep or 0, len(amb.targets) - 1)
        else:
            targets.add_option(Option(t("amb.no_targets", lang), disabled=True))
        info = app.catalogue.themes.get(theme)
        guidance = ""
        if info:
            guidance = f"{info.description.get(lang)}\n\n{t('amb.guidance', lang)}: {info.guidance.get(lang)}"
        self.query_one("#amb-guidance", Quiet).update(guidance)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "amb-themes":
            self.show_theme()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_list.id == "amb-themes":
            self.query_one("#amb-level", Select).focus()
        else:
            self.action_edit_target()

    def explain_widget(self, widget: Widget) -> tuple[str, str] | None:
        app: Any = self.app
        if widget.id == "amb-themes":
            info = app.catalogue.themes.get(self.current_theme())
            if info:
                return info.name.get(
                    self.lang
                ), f"{info.description.get(self.lang)}\n\n{info.guidance.get(self.lang)}"
        if widget.id == "amb-level":
            lines = []
            for _level, info in sorted(app.catalogue.levels.items()):
                lines.append(
                    f"{info.name.get(self.lang)}: {info.description.get(self.lang)} {info.guidance.get(self.lang)}"
                )
            return t("amb.level", self.lang), "\n\n".join(lines)
        return None

    # -------------------------------------------------------------- edits

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id != "amb-level" or event.value is Select.NULL:
            return
        from mvi_tui.core.editing import set_theme_level
        from mvi_tui.core.enums import Level

        app: Any = self.app
        theme = self.current_theme()
        amb = app.plan.ambitions.themes.get(theme)
        current = int(amb.level) if amb else 0
        if current == event.value:
            return
        set_theme_level(app.plan, theme, Level(event.value) if event.value else None)
        self.changed()
        self.refresh_view()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "amb-apply":
            event.stop()
            self.apply_preset()

    def apply_preset(self) -> None:
        """Replace the ambitions by the chosen preset (asks first when some are set)."""
        from mvi_tui.core.editing import apply_preset
        from mvi_tui.tui.screens.dialogs import ChoiceDialog

        app: Any = self.app
        value = self.query_one("#amb-preset", Select).value
        if value is Select.NULL:
            return
        preset = str(value)

        def go() -> None:
            apply_preset(app.plan, preset, app.catalogue, app.plan.organisation.language)
            self.changed()
            self.refresh_view()
            self.notify(
                t("amb.applied", self.lang, name=app.catalogue.presets[preset].name.get(self.lang)),
                markup=False,
            )

        if not app.plan.ambitions.themes:
            go()
            return
        choices = [
            ("yes", t("start.replace_yes", self.lang), "error"),
            ("no", t("cancel", self.lang), "default"),
        ]
        self.app.push_screen(
            ChoiceDialog(
                t("amb.preset", self.lang),
                t("amb.replace", self.lang, name=app.catalogue.presets[preset].name.get(self.lang)),
                choices,
            ),
            lambda c: go() if c == "yes" else None,
        )

    def target_form(self, index: int | None) -> None:
        """Add (index None) or edit a target of the highlighted theme."""
        from mvi_tui.core import editing

        app: Any = self.app
        lang = self.lang
        theme = self.current_theme()
        amb = app.plan.ambitions.themes.get(theme)
        current = amb.targets[index] if (amb and index is not None) else None
        fields = [
            FieldSpec(
                "metric",
                t("amb.metric", lang),
                "select",
                str(current.metric) if current else "procurement-share",
                [(t(f"metric.{m}", lang), m) for m in METRICS],
                help="Target.metric",
            ),
            FieldSpec(
                "value",
                t("amb.value", lang),
                "number",
                current.value if current else 50,
                help="Target.value",
            ),
            FieldSpec(
                "year",
                t("amb.year", lang),
                "int",
                current.year if current else 2030,
                help="Target.year",
            ),
            FieldSpec(
                "description",
                t("amb.description", lang),
                "text",
                current.description if current else "",
                help="Target.description",
                optional=True,
            ),
        ]

        def apply(values: dict[str, Any]) -> None:
            values["description"] = values.get("description") or ""
            if index is None:
                editing.add_target(app.plan, theme, **values)
            else:
                editing.replace_target(app.plan, theme, index, **values)

        def done(ok: bool | None) -> None:
            if ok:
                self.changed()
                self.refresh_view()

        title = t("amb.target_title", lang, theme=self.theme_name(theme))
        self.app.push_screen(FormDialog(title, fields, apply), done)

    def _target_index(self) -> int | None:
        amb = self.app.plan.ambitions.themes.get(self.current_theme())  # type: ignore[attr-defined]
        index = self.query_one("#amb-targets", TargetList).highlighted
        if not amb or not amb.targets or index is None:
            return None
        return index

    def action_add_target(self) -> None:
        self.target_form(None)

    def action_edit_target(self) -> None:
        index = self._target_index()
        if index is not None:
            self.target_form(index)

    def action_delete_target(self) -> None:
        from mvi_tui.core.editing import remove_target

        index = self._target_index()
        if index is None:
            return
        remove_target(self.app.plan, self.current_theme(), index)  # type: ignore[attr-defined]
        self.changed()
        self.refresh_view()
