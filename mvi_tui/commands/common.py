"""What every command shares: exit codes, printing problems, finding plan files.

Kept free of heavy imports: `mvi --help` must stay fast.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from mvi_tui.core.enums import Lang
from mvi_tui.core.i18n import tr
from mvi_tui.core.problems import Problem

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

MESSAGES = {
    "no_plans": {
        "nl": "{path}: geen plannen (*.toml) gevonden in deze map",
        "en": "{path}: no plans (*.toml) found in this folder",
    },
    "missing": {"nl": "{path}: bestand niet gevonden", "en": "{path}: file not found"},
}


def print_problems(problems: Iterable[Problem], lang: Lang | str) -> None:
    """One line per problem on stderr."""
    for problem in problems:
        print(problem.format(lang), file=sys.stderr)


def expand_plans(args: Sequence[str], lang: Lang | str) -> tuple[list[Path], list[Problem]]:
    """Plan files named directly, plus every `*.toml` below a named folder (sorted).

    Backup files (`*.toml.bak`) and bid files (`*.bids.toml`) are not plans and are skipped
    inside folders; a file named directly is always taken, so its problems get reported.
    Inside folders, hidden files and folders are skipped too: temp files of an
    interrupted save (`.plan.toml.XXXX.tmp`), macOS `._plan.toml` companions on shared
    drives, and `.git` or `.venv` folders, whose TOML files are no plans.
    """
    found: list[Path] = []
    problems: list[Problem] = []
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            inside = sorted(
                p
                for p in path.rglob("*.toml")
                if p.is_file()
                and not p.name.endswith(".bids.toml")
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not inside:
                problems.append(
                    Problem(arg, tr(MESSAGES, "no_plans", lang, path=arg).split(": ", 1)[1])
                )
            found.extend(inside)
        else:
            found.append(path)
    seen: set[Path] = set()
    unique = []
    for p in found:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique, problems


HELP_MESSAGES = {
    "help": {"nl": "toon deze hulp en stop", "en": "show this help and exit"},
    "lang": {"nl": "taal van de meldingen (nl of en)", "en": "language of messages (nl or en)"},
}


def add_help(parser, lang: str) -> None:  # noqa: ANN001 - argparse.ArgumentParser
    """A translated -h/--help (argparse's own is English only)."""
    parser.add_argument("-h", "--help", action="help", help=tr(HELP_MESSAGES, "help", lang))


def subcommand(sub, name: str, help_text: str, lang: str, *, lang_option: bool = True):  # noqa: ANN001, ANN201
    """Add a subcommand with translated help and, unless it has its own, `--lang`.

    `--lang` uses SUPPRESS as default so that, when it is not given after the command,
    a `--lang` given before the command is kept.
    """
    import argparse

    parser = sub.add_parser(name, help=help_text, description=help_text, add_help=False)
    add_help(parser, lang)
    if lang_option:
        parser.add_argument(
            "--lang",
            choices=["nl", "en"],
            default=argparse.SUPPRESS,
            help=tr(HELP_MESSAGES, "lang", lang),
        )
    return parser
