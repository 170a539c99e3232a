"""A Footer that speaks the interface language.

Textual's bindings carry one fixed description; the wizard switches language at
runtime, so the footer translates each key's English description on the way out.
"""

from __future__ import annotations

from collections.abc import Iterator

from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from mvi_tui.tui.messages import T

_DUTCH = {v["en"]: v["nl"] for k, v in T.items() if k.startswith("key.")}
_DUTCH["palette"] = T["key.palette"]["nl"]
_ENGLISH = {"palette": T["key.palette"]["en"]}


def translate_key(description: str, lang: str) -> str:
    """A binding's description in `lang` (descriptions are written in English)."""
    if lang == "nl":
        return _DUTCH.get(description, description)
    return _ENGLISH.get(description, description)


FIRST = ("back", "next", "save", "explain")
"""Keys shown first, so a narrow terminal never hides how to move on and save."""

LAST = ("notes", "quit")
"""Keys shown last: also in the command palette and the F1 key list."""


class MviFooter(Footer):
    """The standard footer, compact, with translated descriptions, most useful keys first."""

    def __init__(self) -> None:
        super().__init__(compact=True)

    def compose(self) -> Iterator[Widget]:  # type: ignore[override]
        lang = getattr(self.app, "lang", "en")
        widgets = list(super().compose())
        for widget in widgets:
            if isinstance(widget, FooterKey):
                widget.description = translate_key(widget.description, lang)
                widget.tooltip = translate_key(str(widget.tooltip or ""), lang) or None

        def rank(widget: Widget) -> int:
            action = getattr(widget, "action", "")
            if action in FIRST:
                return FIRST.index(action)
            if action in LAST:
                return 100 + LAST.index(action)
            return 10

        yield from sorted(widgets, key=rank)
