"""The step bar: where the user is, and which steps still need attention.

Every step is a link (mouse) and the current one is marked with arrows and reverse
video, a step with problems with `!`, so the meaning never depends on colour.
"""

from __future__ import annotations

from textual.content import Content

from mvi_tui.tui.messages import STEPS, t
from mvi_tui.tui.widgets.quiet import Quiet


class StepBar(Quiet):
    """One line: `▸1 Start◂  2 Organisation!  3 Ambitions ...`, clickable."""

    DEFAULT_CSS = """
    StepBar { height: 1; width: 1fr; background: $panel; }
    """

    def __init__(self) -> None:
        super().__init__(fixed=True)

    def on_mount(self) -> None:
        self.watch(self.app, "problems", self._changed, init=False)
        self.watch(self.app, "lang", self._changed, init=False)
        self.update(self._content())

    def _changed(self, _value: object = None) -> None:
        self.update(self._content())

    def on_resize(self) -> None:
        self.update(self._content())

    def _content(self) -> Content:
        app = self.app
        current = getattr(self.screen, "STEP", "")
        lang = getattr(app, "lang", "en")
        problems: dict[str, list[str]] = getattr(app, "problems", {})
        width = self.size.width or 80

        def parts(style_: str) -> list[Content]:
            out = []
            for i, step in enumerate(STEPS, 1):
                name = t(f"step.{step}", lang)
                bad = "!" if problems.get(step) else ""
                if step == current:
                    label = f"▸{i} {name}{bad}◂"
                    style = "reverse bold"
                else:
                    shown = {"full": f"{i} {name}", "abbr": f"{i} {name[:4]}", "num": f"{i}"}[
                        style_
                    ]
                    label = f"{shown}{bad}"
                    style = "underline" if bad else ""
                link = f"@click=app.goto('{step}')"
                out.append(Content.styled(label, f"{style} {link}".strip()))
            return out

        # The widest form that fits: full names, then 4-letter names, then numbers.
        for style_, gap in (("full", "  "), ("full", " "), ("abbr", " "), ("num", "  ")):
            items = parts(style_)
            if sum(len(p.plain) for p in items) + len(gap) * (len(items) - 1) <= width:
                break
        return Content(gap).join(items)
