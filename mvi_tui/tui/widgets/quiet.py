"""A Static that only redraws when its content really changes.

Every keystroke in a form reports a change; updating a label with the same text would
still re-run the whole screen's layout, which is what makes typing feel slow.
"""

from __future__ import annotations

from textual.visual import VisualType
from textual.widgets import Static


class Quiet(Static):
    """Static with change detection and no markup; `fixed=True` also skips layout (one-line widgets)."""

    def __init__(self, *args: object, fixed: bool = False, **kwargs: object) -> None:
        # Plain text by default: titles, notes and criteria may contain "[" (our own
        # placeholders are [[...]]), which markup would eat.
        kwargs.setdefault("markup", False)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._shown: object = None
        self._fixed = fixed

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        if content == self._shown:
            return
        self._shown = content
        super().update(content, layout=layout and not self._fixed)
