"""`mvi serve [PLAN_OR_DIR]`: the wizard in a browser (textual-serve), loopback by default."""

from __future__ import annotations

import argparse

from mvi_tui.commands.common import subcommand
from mvi_tui.core.i18n import tr

MESSAGES = {
    "help": {
        "nl": "open de wizard in een browser (voor coaching)",
        "en": "serve the wizard in a browser (for coaching)",
    },
    "path": {"nl": "planbestand of map met plannen", "en": "plan file or folder of plans"},
    "host": {"nl": "adres om op te luisteren", "en": "address to listen on"},
    "port": {"nl": "poort", "en": "port"},
    "public": {
        "nl": "sta een niet-lokaal adres toe (er is geen login!)",
        "en": "allow a non-loopback address (there is no login!)",
    },
}


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    p = subcommand(sub, name, tr(MESSAGES, "help", lang), lang)
    p.add_argument(
        "path", nargs="?", default=".", metavar="PLAN_OR_DIR", help=tr(MESSAGES, "path", lang)
    )
    p.add_argument("--host", default="127.0.0.1", help=tr(MESSAGES, "host", lang))
    p.add_argument("--port", type=int, default=8000, help=tr(MESSAGES, "port", lang))
    p.add_argument("--public", action="store_true", help=tr(MESSAGES, "public", lang))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mvi_tui.web.serve import command_serve

    return command_serve(args)
