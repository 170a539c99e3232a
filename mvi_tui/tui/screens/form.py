"""A modal form built from field specs, validated by the plan models on Save.

Forms parse what the user typed (numbers the Dutch or English way, dates, whole
numbers) and hand a dict to an `apply` callback that calls the core editing function.
Parse errors and the models' validation errors are shown next to the field they
concern, and the form stays open until the values are valid.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from pydantic import ValidationError
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Input, Label, Select, TextArea

from mvi_tui.tui.help import field_help
from mvi_tui.tui.messages import t
from mvi_tui.tui.screens.base import Explains, error_text
from mvi_tui.tui.widgets.quiet import Quiet
from mvi_tui.tui.widgets.tick import Tick


class MultiTick(Vertical):
    """Several ticks for a multiple choice; `selected` lists the names of those on."""

    @property
    def selected(self) -> list[str]:
        return [tick.name or "" for tick in self.query(Tick) if tick.value]


Kind = Literal["text", "number", "int", "date", "select", "area", "checkbox", "multi"]


@dataclass
class FieldSpec:
    """One field of a form."""

    name: str
    label: str
    kind: Kind = "text"
    value: Any = None
    options: Sequence[tuple[str, Any]] = ()
    help: str = ""  # Model.field for F1
    optional: bool = False
    note: str = ""  # shown under the field, e.g. a suggested range
    extra: dict[str, Any] = field(default_factory=dict)


def _fmt(value: Any, kind: Kind, lang: str) -> str:
    if value is None:
        return ""
    if kind == "number":
        from mvi_tui.core.editing import format_number

        v = float(value)
        return format_number(v, lang, 0 if v.is_integer() else 2)
    return str(value)


class FormDialog(Explains, ModalScreen[bool]):
    """Fields, an error line per field, Save and Cancel."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="cancel"),
        Binding("ctrl+s", "submit", "Save", id="ok", priority=True),
    ]

    def __init__(
        self,
        title: str,
        fields: Sequence[FieldSpec],
        apply: Callable[[dict[str, Any]], None],
        intro: str = "",
    ) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.fields = list(fields)
        self.apply = apply
        self.intro = intro

    @property
    def lang(self) -> str:
        return self.app.lang  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog dialog-form"):
            yield Label(self.title_text, classes="dialog-title", markup=False)
            if self.intro:
                yield Quiet(self.intro, classes="dim", markup=False)
            with VerticalScroll(classes="form-fields"):
                for spec in self.fields:
                    yield from self._row(spec)
            yield Quiet("", id="form-error", classes="error")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("save", self.lang), id="form-save", variant="primary", compact=True)
                yield Button(t("cancel", self.lang), id="form-cancel", compact=True)

    def _row(self, spec: FieldSpec) -> ComposeResult:
        wid = f"f-{spec.name}"
        if spec.kind in ("area", "multi"):
            yield Label(spec.label, classes="form-label-wide", markup=False)
            yield self._widget(spec, wid)
        elif spec.kind == "checkbox":
            yield self._widget(spec, wid)
        else:
            with Horizontal(classes="form-row"):
                yield Label(spec.label, classes="form-label", markup=False)
                yield self._widget(spec, wid)
        if spec.note:
            yield Quiet(spec.note, classes="dim form-note", markup=False)
        yield Quiet("", id=f"e-{spec.name}", classes="error form-error")

    def _widget(self, spec: FieldSpec, wid: str) -> Widget:
        if spec.kind == "select":
            return Select(
                list(spec.options),
                value=spec.value if spec.value is not None else Select.NULL,
                allow_blank=spec.optional,
                prompt=spec.extra.get("prompt", "-"),
                id=wid,
                compact=True,
            )
        if spec.kind == "area":
            return TextArea(str(spec.value or ""), id=wid, soft_wrap=True, classes="form-area")
        if spec.kind == "checkbox":
            return Tick(spec.label, bool(spec.value), id=wid, compact=True)
        if spec.kind == "multi":
            chosen = set(spec.value or ())
            return MultiTick(
                *[
                    Tick(label, value in chosen, name=str(value), compact=True)
                    for label, value in spec.options
                ],
                id=wid,
                classes="form-multi",
            )
        return Input(_fmt(spec.value, spec.kind, self.lang), id=wid, compact=True)

    def on_mount(self) -> None:
        widgets = [
            w
            for w in self.query(
                "VerticalScroll Input, VerticalScroll Select, VerticalScroll TextArea"
            )
        ]
        if widgets:
            widgets[0].focus()

    def explain_widget(self, widget: Widget) -> tuple[str, str] | None:
        name = (widget.id or "").removeprefix("f-")
        spec = next((s for s in self.fields if s.name == name), None)
        if spec is None or not spec.help:
            return None
        return spec.label, field_help(spec.help, self.lang)

    def read(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The parsed values and the parse errors by field name."""
        from mvi_tui.core.editing import parse_number

        values: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for spec in self.fields:
            widget = self.query_one(f"#f-{spec.name}")
            try:
                if isinstance(widget, Select):
                    values[spec.name] = None if widget.value is Select.NULL else widget.value
                elif isinstance(widget, TextArea):
                    values[spec.name] = widget.text
                elif isinstance(widget, Tick):
                    values[spec.name] = widget.value
                elif isinstance(widget, MultiTick):
                    values[spec.name] = widget.selected
                elif isinstance(widget, Input):
                    raw = widget.value.strip()
                    if not raw and (spec.optional or spec.kind != "text"):
                        values[spec.name] = None
                    elif spec.kind == "number":
                        values[spec.name] = parse_number(raw, self.lang)
                    elif spec.kind == "int":
                        try:
                            values[spec.name] = int(raw)
                        except ValueError:
                            raise ValueError(t("bad_int", self.lang)) from None
                    elif spec.kind == "date":
                        try:
                            values[spec.name] = date.fromisoformat(raw)
                        except ValueError:
                            raise ValueError(t("bad_date", self.lang)) from None
                    else:
                        values[spec.name] = raw
            except ValueError as exc:
                errors[spec.name] = str(exc)
        return values, errors

    def show_errors(self, errors: dict[str, str], general: str = "") -> None:
        for spec in self.fields:
            box = self.query_one(f"#e-{spec.name}", Quiet)
            message = errors.get(spec.name, "")
            box.update(t("invalid", self.lang, error=message) if message else "")
            box.display = bool(message)
        self.query_one("#form-error", Quiet).update(
            t("invalid", self.lang, error=general) if general else ""
        )

    def action_submit(self) -> None:
        values, errors = self.read()
        if errors:
            self.show_errors(errors)
            return
        try:
            self.apply(values)
        except ValidationError as exc:
            from mvi_tui.core.planfile import validation_problems

            by_field: dict[str, str] = {}
            rest = []
            names = {s.name for s in self.fields}
            for problem in validation_problems(exc, "", self.lang):
                parts = [p for p in re.split(r"[.\[\]]", problem.path) if p]
                hit = next((p for p in reversed(parts) if p in names), None)
                if hit:
                    by_field.setdefault(hit, problem.message)
                else:
                    rest.append(
                        f"{problem.path}: {problem.message}" if problem.path else problem.message
                    )
            self.show_errors(by_field, "; ".join(rest))
            return
        except (ValueError, KeyError) as exc:
            self.show_errors({}, error_text(exc, self.lang))
            return
        self.dismiss(True)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "form-save":
            self.action_submit()
        else:
            self.dismiss(False)

    def action_cancel(self) -> None:
        self.dismiss(False)
