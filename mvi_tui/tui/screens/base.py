"""What every step screen shares: the frame, F1 help, notes, language switch, refresh.

A step screen composes its body from the app's state and fills its widgets in
`refresh_view`, which runs whenever the step is shown, so a change made on one step is
visible on every other one without screens talking to each other.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import DataTable, Input, Select, TextArea

from mvi_tui.tui.help import field_help
from mvi_tui.tui.messages import t
from mvi_tui.tui.widgets.footer import MviFooter
from mvi_tui.tui.widgets.infoline import InfoLine
from mvi_tui.tui.widgets.notes import NotesPanel
from mvi_tui.tui.widgets.stepbar import StepBar

# The contract types in the order the forms offer them (ContractType's values; the core
# is imported lazily by the screens, so they are spelled out here).
CONTRACTS = ("works", "supplies", "services", "social-services")


def row_index(table: DataTable) -> int | None:
    """The highlighted row of a table whose rows are keyed by their list index."""
    if not table.row_count:
        return None
    return int(str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value))


def error_text(exc: Exception, lang: str) -> str:
    """A validation error as one short line in the interface language."""
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        from mvi_tui.core.planfile import validation_problems

        problems = validation_problems(exc, "", lang)
        return "; ".join(
            (f"{p.path}: " if p.path and "." in p.path else "") + p.message for p in problems[:3]
        )
    if isinstance(exc, KeyError):
        return str(exc.args[0]) if exc.args else str(exc)
    return str(exc)


def plain(text: str) -> Text:
    """A table cell shown as written: titles and names may contain "[", which is markup."""
    return Text(text, no_wrap=True, end="")


def set_value(widget: Widget, value: Any) -> None:
    """Put a value in an input widget without it reporting a change back."""
    if isinstance(widget, Input):
        text = "" if value is None else str(value)
        if widget.value != text:
            with widget.prevent(Input.Changed):
                widget.value = text
    elif isinstance(widget, Select):
        target = Select.NULL if value is None else value
        if widget.value != target:
            with widget.prevent(Select.Changed):
                widget.value = target
    elif isinstance(widget, TextArea):
        if widget.text != value:
            with widget.prevent(TextArea.Changed):
                widget.text = value or ""


class Explains:
    """F1 help for screens and dialogs: `HELP` maps widget ids to (Model.field, label key)."""

    HELP: ClassVar[dict[str, tuple[str, str]]] = {}

    def explain(self, widget: Widget | None) -> tuple[str, str] | None:
        """Title and body of the help for `widget` (or its nearest explained parent)."""
        lang = self.app.lang  # type: ignore[attr-defined]
        node: Any = widget
        while node is not None and node is not self:
            dynamic = self.explain_widget(node)
            if dynamic:
                return dynamic
            if node.id in self.HELP:
                path, label = self.HELP[node.id]
                return t(label, lang), field_help(path, lang)
            node = node.parent
        return None

    def explain_widget(self, widget: Widget) -> tuple[str, str] | None:
        """Help that depends on the data (a criterion, a theme); overridden by steps."""
        return None


class StepScreen(Explains, Screen[None]):
    """A step of the wizard: step bar, info line, body, notes, footer."""

    STEP: ClassVar[str] = ""
    NOTES: ClassVar[str | None] = None

    def __init__(self) -> None:
        super().__init__(id=f"step-{self.STEP}")
        self._lang = ""

    @property
    def lang(self) -> str:
        return self.app.lang  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        self._lang = self.lang
        yield StepBar()
        yield InfoLine()
        with Vertical(id="body"):
            yield from self.compose_body()
        if self.NOTES:
            yield NotesPanel(self.NOTES)
        yield MviFooter()

    def compose_body(self) -> Iterable[Widget]:
        """The step's own widgets."""
        return ()

    def on_screen_resume(self) -> None:
        if self._lang and self._lang != self.lang:
            self.call_later(self.relang)
        else:
            self.refresh_all()

    async def relang(self) -> None:
        """Compose again in the new interface language, keeping the plan as it is."""
        await self.recompose()
        self.refresh_all()

    def refresh_all(self) -> None:
        """Fill the widgets from the plan and show or hide the notes."""
        self.refresh_view()
        self.refresh_notes()

    def refresh_notes(self, focus: bool = False) -> None:
        """Show the notes panel when asked (F2) or when it has text."""
        for panel in self.query(NotesPanel):
            panel.refresh_view()
            if focus and self.app.notes_visible:  # type: ignore[attr-defined]
                panel.query_one(TextArea).focus()

    def refresh_view(self) -> None:
        """Fill the step's widgets from the plan."""

    def leave_check(self) -> str | None:
        """A reason not to go on to the next step, or None."""
        return None

    def changed(self) -> None:
        """Tell the app the plan changed."""
        self.app.changed()  # type: ignore[attr-defined]
