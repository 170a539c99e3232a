"""`mvi serve`: the wizard in a browser through textual-serve, for coaching sessions.

Each browser tab gets its own wizard process. The server listens on loopback unless
`--public` is given, because there is no login: anyone who can reach the port can read
and change the plans in the folder. The wizard processes are told the plan folder
(`MVI_WEB_ROOT`) and refuse to open or save anything outside it.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import shlex
import sys
from pathlib import Path

from mvi_tui.commands.common import EXIT_INPUT, EXIT_OK, EXIT_USAGE
from mvi_tui.core.i18n import tr

MESSAGES = {
    "not_loopback": {
        "nl": "mvi serve: {host} is geen lokaal adres. Er is geen login: iedereen die de poort bereikt, kan de plannen lezen en wijzigen. Geef --public als u dat echt wilt.",
        "en": "mvi serve: {host} is not a loopback address. There is no login: anyone who can reach the port can read and change the plans. Give --public if you really want that.",
    },
    "public_warning": {
        "nl": "WAARSCHUWING: mvi serve luistert op {host}:{port} zonder login. Iedereen die deze poort bereikt, kan de plannen in {root} lezen en wijzigen.",
        "en": "WARNING: mvi serve listens on {host}:{port} without a login. Anyone who can reach this port can read and change the plans in {root}.",
    },
    "missing": {
        "nl": "{path}: bestand of map niet gevonden",
        "en": "{path}: file or folder not found",
    },
    "serving": {
        "nl": "De wizard staat op http://{host}:{port} (plannen in {root}). Stop met Ctrl-C.",
        "en": "The wizard is at http://{host}:{port} (plans in {root}). Stop with Ctrl-C.",
    },
}


def is_loopback(host: str) -> bool:
    """Whether `host` only accepts connections from this machine."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def wizard_command(plan: Path | None, lang: str) -> str:
    """The command line textual-serve starts for every browser tab."""
    argv = [sys.executable, "-m", "mvi_tui", "--lang", lang]
    if plan is not None:
        argv.append(str(plan))
    return shlex.join(argv)


def command_serve(args: argparse.Namespace) -> int:
    """Entry point of `mvi serve`; returns the exit code."""
    lang = args.lang
    if not is_loopback(args.host) and not args.public:
        print(tr(MESSAGES, "not_loopback", lang, host=args.host), file=sys.stderr)
        return EXIT_USAGE
    target = Path(args.path).resolve()
    if not target.exists():
        print(tr(MESSAGES, "missing", lang, path=args.path), file=sys.stderr)
        return EXIT_INPUT
    root = target if target.is_dir() else target.parent
    plan = None if target.is_dir() else target
    if not is_loopback(args.host):
        print(
            tr(MESSAGES, "public_warning", lang, host=args.host, port=args.port, root=root),
            file=sys.stderr,
        )
    os.environ["MVI_WEB_ROOT"] = str(root)
    from textual_serve.server import Server

    print(tr(MESSAGES, "serving", lang, host=args.host, port=args.port, root=root), file=sys.stderr)
    server = Server(wizard_command(plan, lang), host=args.host, port=args.port, title="mvi-tui")
    server.serve()
    return EXIT_OK
