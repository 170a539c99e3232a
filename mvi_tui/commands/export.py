"""`mvi export PLAN_OR_DIR... -o DIR -f FORMATS`: the draft specifications of many plans."""

from __future__ import annotations

import argparse

from mvi_tui.commands.common import subcommand
from mvi_tui.core.i18n import tr

FORMATS = ("md", "html", "docx", "ocds", "toml")
# The coaching report (consultant notes, decisions, open warnings) only when asked for.
EXTRA_FORMATS = ("coaching",)

MESSAGES = {
    "help": {
        "nl": "exporteer de conceptaanbestedingsstukken van plannen",
        "en": "export the draft tender documents of plans",
    },
    "plans": {"nl": "planbestanden of mappen met plannen", "en": "plan files or folders of plans"},
    "out": {"nl": "uitvoermap (wordt aangemaakt)", "en": "output folder (created if needed)"},
    "formats": {
        "nl": "formaten, komma-gescheiden: md,html,docx,ocds,toml (standaard) en coaching",
        "en": "formats, comma-separated: md,html,docx,ocds,toml (default) and coaching",
    },
    "doclang": {
        "nl": "taal van het document (standaard de taal van het plan)",
        "en": "language of the document (default: the plan's language)",
    },
    "jobs": {"nl": "aantal parallelle processen", "en": "number of parallel processes"},
    "template": {
        "nl": "map met eigen Jinja2-sjablonen (huisstijl) voor md en html",
        "en": "folder of own Jinja2 templates (house style) for md and html",
    },
    "bad_format": {
        "nl": "onbekend formaat {f}; kies uit {known}",
        "en": "unknown format {f}; choose from {known}",
    },
}


def formats_arg(value: str) -> list[str]:
    """Parse `md,html` into a list, refusing unknown formats (a usage error, exit 2)."""
    items = [v.strip().lower() for v in value.split(",") if v.strip()]
    for item in items:
        if item not in FORMATS + EXTRA_FORMATS:
            raise argparse.ArgumentTypeError(f"{item!r}: {', '.join(FORMATS + EXTRA_FORMATS)}")
    return items or list(FORMATS)


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    p = subcommand(sub, name, tr(MESSAGES, "help", lang), lang, lang_option=False)
    p.add_argument("plans", nargs="+", metavar="PLAN_OR_DIR", help=tr(MESSAGES, "plans", lang))
    p.add_argument("-o", "--output", required=True, metavar="DIR", help=tr(MESSAGES, "out", lang))
    p.add_argument(
        "-f",
        "--formats",
        type=formats_arg,
        default=list(FORMATS),
        metavar="FORMATS",
        help=tr(MESSAGES, "formats", lang),
    )
    p.add_argument(
        "--lang", dest="doc_lang", choices=["nl", "en"], help=tr(MESSAGES, "doclang", lang)
    )
    p.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help=tr(MESSAGES, "jobs", lang)
    )
    p.add_argument("--template", metavar="DIR", help=tr(MESSAGES, "template", lang))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mvi_tui.export.batch import command_export

    return command_export(args)
