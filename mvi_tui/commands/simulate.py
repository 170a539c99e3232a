"""`mvi simulate PLAN --tender ID --bids BIDS.toml`: rank bids under the tender's award model."""

from __future__ import annotations

import argparse

from mvi_tui.commands.common import subcommand
from mvi_tui.core.i18n import tr

MESSAGES = {
    "help": {
        "nl": "simuleer of beoordeel inschrijvingen met het gunningsmodel",
        "en": "simulate or score bids with the award model",
    },
    "plan": {"nl": "planbestand", "en": "plan file"},
    "tender": {
        "nl": "id van de inkoop met de aanbesteding",
        "en": "id of the procurement with the tender",
    },
    "bids": {"nl": "bestand met inschrijvingen (TOML)", "en": "file with bids (TOML)"},
    "json": {"nl": "uitvoer als JSON", "en": "output as JSON"},
}


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    p = subcommand(sub, name, tr(MESSAGES, "help", lang), lang)
    p.add_argument("plan", metavar="PLAN", help=tr(MESSAGES, "plan", lang))
    p.add_argument("--tender", required=True, metavar="ID", help=tr(MESSAGES, "tender", lang))
    p.add_argument("--bids", required=True, metavar="BIDS.toml", help=tr(MESSAGES, "bids", lang))
    p.add_argument("--json", action="store_true", help=tr(MESSAGES, "json", lang))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mvi_tui.commands.engine_cli import command_simulate

    return command_simulate(args)
