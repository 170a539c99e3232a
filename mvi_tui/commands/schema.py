"""`mvi schema`: the JSON Schema of the plan file, generated from the models."""

from __future__ import annotations

import argparse
import json

from mvi_tui.commands.common import subcommand
from mvi_tui.core.i18n import tr

MESSAGES = {
    "help": {
        "nl": "toon het JSON Schema van het planbestand",
        "en": "print the JSON Schema of the plan file",
    },
}


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    p = subcommand(sub, name, tr(MESSAGES, "help", lang), lang)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mvi_tui.core.schema import plan_schema

    print(json.dumps(plan_schema(), indent=2, ensure_ascii=False))
    return 0
