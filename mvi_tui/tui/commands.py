"""The command palette (Ctrl+P): go to a step, save, save as, export, coaching report,
language, theme."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

from mvi_tui.tui.messages import STEPS, t


def wizard_commands(app: Any) -> list[tuple[str, str, Callable[[], Any]]]:
    """(title, help, callback) of every wizard command, in the interface language."""
    lang = app.lang
    out: list[tuple[str, str, Callable[[], Any]]] = []
    for i, step in enumerate(STEPS, 1):
        out.append(
            (
                t("cmd.goto", lang, n=i, name=t(f"step.{step}", lang)),
                t("cmd.goto_help", lang),
                partial(app.action_goto, step),
            )
        )
    out += [
        (t("cmd.save", lang), t("cmd.save_help", lang), app.action_save),
        (t("cmd.saveas", lang), t("cmd.saveas_help", lang), app.action_save_as),
        (t("cmd.open", lang), t("cmd.open_help", lang), app.action_open),
        (t("cmd.export", lang), t("cmd.export_help", lang), app.action_export),
        (t("cmd.coaching", lang), t("cmd.coaching_help", lang), app.action_coaching),
        (t("cmd.language", lang), t("cmd.language_help", lang), app.action_language),
        (t("cmd.theme", lang), t("cmd.theme_help", lang), app.action_theme),
        (t("cmd.notes", lang), t("cmd.notes_help", lang), app.action_notes),
    ]
    return out


class WizardCommands(Provider):
    """Offers the wizard's commands, fuzzy-matched as the user types."""

    async def discover(self) -> Hits:
        for title, help_text, callback in wizard_commands(self.app):
            yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in wizard_commands(self.app):
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)
