"""`mvi report PLAN_OR_DIR...`: monitoring against ambitions and a benchmark across organisations."""

from __future__ import annotations

import argparse

from mvi_tui.commands.common import subcommand
from mvi_tui.core.i18n import tr

MESSAGES = {
    "help": {
        "nl": "rapporteer voortgang op de ambities en vergelijk organisaties",
        "en": "report progress on ambitions and compare organisations",
    },
    "plans": {"nl": "planbestanden of mappen met plannen", "en": "plan files or folders of plans"},
    "format": {"nl": "uitvoerformaat", "en": "output format"},
    "out": {
        "nl": "schrijf naar dit bestand in plaats van stdout",
        "en": "write to this file instead of stdout",
    },
}


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    p = subcommand(sub, name, tr(MESSAGES, "help", lang), lang, lang_option=False)
    p.add_argument("plans", nargs="+", metavar="PLAN_OR_DIR", help=tr(MESSAGES, "plans", lang))
    p.add_argument(
        "-f",
        "--format",
        choices=["text", "md", "html", "json"],
        default="text",
        help=tr(MESSAGES, "format", lang),
    )
    p.add_argument("-o", "--output", metavar="FILE", help=tr(MESSAGES, "out", lang))
    p.add_argument("--lang", dest="doc_lang", choices=["nl", "en"], help="nl | en")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mvi_tui.export.report import command_report

    return command_report(args)
