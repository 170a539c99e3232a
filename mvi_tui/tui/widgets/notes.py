"""Consultant notes: one text per step, kept in the plan (`plan.notes.<step>`)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, TextArea

from mvi_tui.tui.messages import t


class NotesPanel(Vertical):
    """A small text area under a step; F2 shows or hides it (shown when it has text)."""

    DEFAULT_CSS = """
    NotesPanel { height: 6; dock: bottom; border-top: solid $primary; display: none; }
    NotesPanel.-shown { display: block; }
    NotesPanel TextArea { height: 1fr; }
    """

    def __init__(self, field: str) -> None:
        super().__init__(id="notes")
        self.field = field

    def compose(self) -> ComposeResult:
        lang = self.app.lang  # type: ignore[attr-defined]
        yield Label(t("notes.label", lang), classes="notes-label")
        yield TextArea(id="notes-text", soft_wrap=True, compact=True)

    def refresh_view(self) -> None:
        """Show the plan's note for this step."""
        app = self.app
        text = getattr(app.plan.notes, self.field)  # type: ignore[attr-defined]
        area = self.query_one(TextArea)
        if area.text != text:
            with area.prevent(TextArea.Changed):
                area.text = text
        wanted = app.notes_visible  # type: ignore[attr-defined]
        self.set_class(bool(text) if wanted is None else wanted, "-shown")

    @property
    def shown(self) -> bool:
        return self.has_class("-shown")

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        app = self.app
        if getattr(app.plan.notes, self.field) != event.text_area.text:  # type: ignore[attr-defined]
            setattr(app.plan.notes, self.field, event.text_area.text)  # type: ignore[attr-defined]
            app.changed()  # type: ignore[attr-defined]
