"""A checkbox whose state shows without colour: `[X]` when on, `[ ]` when off.

Textual's own checkbox draws the X in both states and tells them apart by colour
only, which fails with NO_COLOR and for colour-blind users.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox


class Tick(Checkbox):
    """A checkbox with a visible mark for its state."""

    @property
    def _button(self) -> Content:  # type: ignore[override]
        self.BUTTON_INNER = "X" if self.value else " "
        return super()._button
