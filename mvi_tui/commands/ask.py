"""`mvi ask [PLAN]`: the wizard's flow as line prompts (questionary)."""

from __future__ import annotations

import argparse

from mvi_tui.commands.common import subcommand
from mvi_tui.core.i18n import tr

MESSAGES = {
    "help": {
        "nl": "doorloop het plan met vragen op de regel (schermlezers, scripts)",
        "en": "walk the plan with line prompts (screen readers, scripts)",
    },
    "plan": {
        "nl": "planbestand om te bewerken (wordt aangemaakt)",
        "en": "plan file to edit (created if missing)",
    },
    "set": {
        "nl": "zet een waarde: punt-pad=waarde, herhaalbaar",
        "en": "set a value: dotted.path=value, repeatable",
    },
    "defaults": {
        "nl": "stel geen vragen: neem standaardwaarden",
        "en": "ask nothing: take the defaults",
    },
    "out": {"nl": "schrijf het plan naar dit bestand", "en": "write the plan to this file"},
}


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    p = subcommand(sub, name, tr(MESSAGES, "help", lang), lang, lang_option=False)
    p.add_argument("plan", nargs="?", metavar="PLAN", help=tr(MESSAGES, "plan", lang))
    p.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE", help=tr(MESSAGES, "set", lang)
    )
    p.add_argument("--defaults", action="store_true", help=tr(MESSAGES, "defaults", lang))
    p.add_argument("-o", "--output", metavar="FILE", help=tr(MESSAGES, "out", lang))
    p.add_argument("--lang", dest="doc_lang", choices=["nl", "en"], help="nl | en")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mvi_tui.prompt.flow import command_ask

    return command_ask(args)
