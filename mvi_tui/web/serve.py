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
import socket
import sys
from pathlib import Path
from urllib.parse import urlsplit

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
        "nl": "De wizard staat op {url} (plannen in {root}). Stop met Ctrl-C.",
        "en": "The wizard is at {url} (plans in {root}). Stop with Ctrl-C.",
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
    url = page_url(args.host, args.port)
    print(tr(MESSAGES, "serving", lang, url=url, root=root), file=sys.stderr)
    server = guarded_server(wizard_command(plan, lang), args.host, args.port, url)
    server.serve()
    return EXIT_OK


def page_url(host: str, port: int) -> str:
    """The address a browser uses: IPv6 in brackets, a wildcard bind as this machine's name."""
    if host in ("0.0.0.0", "::", ""):
        host = socket.getfqdn()
    elif ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}"


def same_origin(origin: str | None, host_header: str | None) -> bool:
    """A websocket may only be opened by the page the server itself served.

    Browsers send `Origin` with every websocket; a page from another site that tries to
    drive the wizard on 127.0.0.1 (cross-site websocket hijacking) has a foreign origin.
    """
    if not origin:
        return True  # not a browser (a test client or a script on this machine)
    return urlsplit(origin).netloc.lower() == (host_header or "").lower()


def host_allowed(host_header: str | None, public: bool) -> bool:
    """On loopback only loopback names are accepted, which defeats DNS rebinding."""
    if public:
        return True
    name = urlsplit(f"//{host_header or ''}").hostname or ""
    return is_loopback(name)


def guarded_server(command: str, host: str, port: int, url: str):  # noqa: ANN201 - textual_serve.Server
    """textual-serve's server with the Host and Origin checks it lacks."""
    from aiohttp import web
    from textual_serve.server import Server

    public = not is_loopback(host)

    class GuardedServer(Server):
        async def handle_index(self, request: web.Request):  # noqa: ANN201
            if not host_allowed(request.headers.get("Host"), public):
                raise web.HTTPForbidden(text="host not allowed")
            return await super().handle_index(request)

        async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
            headers = request.headers
            if not host_allowed(headers.get("Host"), public) or not same_origin(
                headers.get("Origin"), headers.get("Host")
            ):
                raise web.HTTPForbidden(text="origin not allowed")
            return await super().handle_websocket(request)

    return GuardedServer(command, host=host, port=port, title="mvi-tui", public_url=url)
