"""The `mvi` command: the wizard by default, headless subcommands otherwise.

Only argparse and the command modules' `register` functions are imported at start; each
command imports what it needs when it runs, so the headless commands never load
Textual or questionary and `mvi --help` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from mvi_tui import __version__
from mvi_tui.commands.common import EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, add_help
from mvi_tui.core.i18n import interface_lang, tr

# name -> module in mvi_tui.commands; the order is the order in `mvi --help`.
COMMANDS = {
    "validate": "validate",
    "export": "export",
    "report": "report",
    "catalog": "catalog",
    "advise": "advise",
    "simulate": "simulate",
    "schema": "schema",
    "ask": "ask",
    "serve": "serve",
}

MESSAGES = {
    "description": {
        "nl": "mvi-tui: stel aanbestedingen op met criteria voor maatschappelijk verantwoord inkopen (MVI).\n\n"
        "Zonder opdracht opent 'mvi [PLAN]' de wizard.",
        "en": "mvi-tui: draft public tenders with socially responsible procurement (MVI) criteria.\n\n"
        "Without a command, 'mvi [PLAN]' opens the wizard.",
    },
    "epilog": {
        "nl": "afsluitcodes:\n  0    alles in orde\n  1    een invoer was ongeldig of een export mislukte (de rest is wel gedaan)\n"
        "  2    verkeerd gebruik van de opdracht\n  130  onderbroken (Ctrl-C)\n\n"
        "De taal van meldingen volgt --lang, MVI_LANG, de instellingen of de systeemtaal.",
        "en": "exit codes:\n  0    all well\n  1    an input was invalid or an export failed (the others were still done)\n"
        "  2    usage error\n  130  interrupted (Ctrl-C)\n\n"
        "Messages follow --lang, MVI_LANG, the settings or the system language.",
    },
    "commands": {"nl": "opdrachten", "en": "commands"},
    "lang": {"nl": "taal van de meldingen (nl of en)", "en": "language of messages (nl or en)"},
    "version": {"nl": "toon de versie", "en": "show the version"},
    "plan": {
        "nl": "planbestand om te openen in de wizard",
        "en": "plan file to open in the wizard",
    },
    "interrupted": {"nl": "onderbroken", "en": "interrupted"},
}


def _pre_lang(argv: Sequence[str]) -> str | None:
    """Find `--lang X` before argparse runs, so that help texts are in that language."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _first_positional(argv: Sequence[str]) -> str | None:
    """The first argument that is not an option or the value of `--lang`."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def build_parser(lang: str) -> argparse.ArgumentParser:
    """The full parser, with every subcommand's arguments."""
    parser = argparse.ArgumentParser(
        prog="mvi",
        description=tr(MESSAGES, "description", lang),
        epilog=tr(MESSAGES, "epilog", lang),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        add_help=False,
    )
    add_help(parser, lang)
    parser.add_argument(
        "--version",
        action="version",
        version=f"mvi {__version__}",
        help=tr(MESSAGES, "version", lang),
    )
    parser.add_argument("--lang", choices=["nl", "en"], help=tr(MESSAGES, "lang", lang))
    sub = parser.add_subparsers(
        dest="command", title=tr(MESSAGES, "commands", lang), metavar="COMMAND"
    )
    for name, module in COMMANDS.items():
        mod = importlib.import_module(f"mvi_tui.commands.{module}")
        mod.register(sub, name, lang)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `mvi` console script; returns the exit code."""
    args_in = list(sys.argv[1:] if argv is None else argv)
    lang = str(interface_lang(_pre_lang(args_in)))
    try:
        first = _first_positional(args_in)
        wants_wizard = first is None or first not in COMMANDS
        if wants_wizard and not any(a in ("-h", "--help", "--version") for a in args_in):
            return _wizard(args_in, lang)
        parser = build_parser(lang)
        args = parser.parse_args(args_in)
        if args.command is None:
            return _wizard(args_in, lang)
        args.lang = str(interface_lang(args.lang or getattr(args, "doc_lang", None)))
        return int(args.func(args) or EXIT_OK)
    except KeyboardInterrupt:
        print(tr(MESSAGES, "interrupted", lang), file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error of ours.
        sys.stderr.close()
        return EXIT_OK


def _wizard(args_in: Sequence[str], lang: str) -> int:
    """`mvi [PLAN] [--lang L]`: open the Textual wizard."""
    parser = argparse.ArgumentParser(prog="mvi", description=tr(MESSAGES, "description", lang))
    parser.add_argument("plan", nargs="?", help=tr(MESSAGES, "plan", lang))
    parser.add_argument("--lang", choices=["nl", "en"], help=tr(MESSAGES, "lang", lang))
    args = parser.parse_args(args_in)
    from mvi_tui.tui.launch import run_wizard

    return run_wizard(args.plan, str(interface_lang(args.lang)))


__all__ = ["main", "EXIT_INPUT", "EXIT_USAGE"]
