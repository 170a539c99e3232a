"""Start the wizard from the command line (`mvi [PLAN]`)."""

from __future__ import annotations


def run_wizard(plan_path: str | None, lang: str) -> int:
    """Run the Textual wizard; returns the exit code (0, or 130 when interrupted)."""
    from mvi_tui.tui.app import MviApp

    app = MviApp(plan_path, lang)
    try:
        result = app.run()
    except KeyboardInterrupt:
        return 130
    return int(result or 0)
