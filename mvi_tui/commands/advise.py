"""`mvi advise`: EU threshold, fitting procedures, obligations and a draft timetable."""

from __future__ import annotations

import argparse

from mvi_tui.commands.common import subcommand
from mvi_tui.core.i18n import tr

MESSAGES = {
    "help": {
        "nl": "advies over drempel, procedure, verplichtingen en termijnen",
        "en": "advice on threshold, procedure, obligations and time limits",
    },
    "kind": {"nl": "soort aanbestedende dienst", "en": "kind of contracting authority"},
    "contract": {"nl": "soort opdracht", "en": "kind of contract"},
    "value": {
        "nl": "geraamde waarde in euro excl. btw, hele looptijd met opties",
        "en": "estimated value in euros excl. VAT, whole term with options",
    },
    "group": {
        "nl": "productgroep (voor ISV en social return)",
        "en": "product group (for ISV and social return)",
    },
    "date": {
        "nl": "datum van publicatie (JJJJ-MM-DD; standaard vandaag)",
        "en": "publication date (YYYY-MM-DD; default today)",
    },
    "months": {
        "nl": "looptijd in maanden (voor social return)",
        "en": "term in months (for social return)",
    },
    "json": {"nl": "uitvoer als JSON", "en": "output as JSON"},
}


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    p = subcommand(sub, name, tr(MESSAGES, "help", lang), lang)
    p.add_argument(
        "--kind",
        required=True,
        choices=["gemeente", "provincie", "waterschap", "rijk", "other"],
        help=tr(MESSAGES, "kind", lang),
    )
    p.add_argument(
        "--contract",
        required=True,
        choices=["works", "supplies", "services", "social-services"],
        help=tr(MESSAGES, "contract", lang),
    )
    p.add_argument(
        "--value", required=True, type=float, metavar="EUR", help=tr(MESSAGES, "value", lang)
    )
    p.add_argument("--group", metavar="ID", help=tr(MESSAGES, "group", lang))
    p.add_argument("--date", metavar="YYYY-MM-DD", help=tr(MESSAGES, "date", lang))
    p.add_argument("--months", type=int, metavar="N", help=tr(MESSAGES, "months", lang))
    p.add_argument("--json", action="store_true", help=tr(MESSAGES, "json", lang))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mvi_tui.commands.engine_cli import command_advise

    return command_advise(args)
