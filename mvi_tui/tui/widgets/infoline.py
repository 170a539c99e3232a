"""The line under the step bar: which plan, whether it is saved, which procurement."""

from __future__ import annotations

from pathlib import Path

from mvi_tui.tui.messages import t
from mvi_tui.tui.widgets.quiet import Quiet


class InfoLine(Quiet):
    """`plan.toml * unsaved │ Procurement: Office furniture │ 2 issue(s)`."""

    DEFAULT_CSS = """
    InfoLine { height: 1; width: 1fr; color: $text-muted; }
    """

    def __init__(self) -> None:
        super().__init__(fixed=True)

    def on_mount(self) -> None:
        for name in ("dirty", "path", "proc_id", "lang", "problems", "plan_version"):
            self.watch(self.app, name, self._changed, init=False)
        self._changed()

    def _changed(self, _value: object = None) -> None:
        app = self.app
        lang = app.lang  # type: ignore[attr-defined]
        path: Path | None = app.path  # type: ignore[attr-defined]
        parts = [path.name if path else t("new_plan_name", lang)]
        if app.dirty:  # type: ignore[attr-defined]
            parts[0] += "  " + t("unsaved", lang)
        title = app.current_title()  # type: ignore[attr-defined]
        if title and getattr(self.screen, "STEP", "") in ("criteria", "award", "review"):
            parts.append(f"{t('procurement_short', lang)}: {title}")
        step = getattr(self.screen, "STEP", "")
        issues = app.problems.get(step, [])  # type: ignore[attr-defined]
        if issues:
            parts.append("! " + issues[0] + (f" (+{len(issues) - 1})" if len(issues) > 1 else ""))
        self.update(" │ ".join(parts))
