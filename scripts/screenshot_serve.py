"""Take the README's screenshot of `mvi serve`: the wizard in headless Chromium.

Not run in CI (it needs Chromium: `apt-get install chromium` on Debian, and aiohttp from
the test extras). It starts `mvi serve examples/` on a free loopback port, lets Chromium
load the page until the wizard's first screen is drawn, writes the PNG and stops the
browser and the server again:

    .venv/bin/python scripts/screenshot_serve.py [--out docs/serve.png] [--lang en]

Why not `chromium --screenshot --virtual-time-budget=...`: virtual time does not wait
for the websocket, so that captures textual-serve's splash before the first byte of the
wizard arrives. Instead the script drives Chromium over the DevTools protocol: it waits
until the page marks the first byte (`body.-first-byte`), lets the screen settle and then
captures it. Chromium runs with a fresh profile in a temporary folder and with its
background services off, so it neither reads nor leaves anything in a user's profile.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import itertools
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")


def free_port() -> int:
    """A loopback port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen[bytes], timeout: float = 20) -> None:
    """Wait until the server accepts connections; fail if it exits first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"mvi serve exited with {proc.returncode} before listening")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"mvi serve did not listen on port {port} within {timeout} s")


def find_browser() -> str:
    """The first Chromium-like browser on PATH."""
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("no Chromium found; on Debian: apt-get install chromium")


async def _cdp(ws: Any, ids: itertools.count[int], method: str, **params: Any) -> dict[str, Any]:
    """One DevTools call: send it, skip events, return its result."""
    import aiohttp

    call_id = next(ids)
    await ws.send_json({"id": call_id, "method": method, "params": params})
    while True:
        msg = await ws.receive(timeout=30)
        if msg.type != aiohttp.WSMsgType.TEXT:
            raise SystemExit(f"DevTools connection closed during {method}")
        data = msg.json()
        if data.get("id") == call_id:
            if "error" in data:
                raise SystemExit(f"DevTools {method}: {data['error']}")
            return data.get("result", {})


async def _capture(debug_port: int, url: str, size: tuple[int, int], wait: float) -> bytes:
    """Open `url` in the browser's page, wait for the wizard, return a PNG."""
    import aiohttp

    async with aiohttp.ClientSession() as session:
        async with session.get(f"http://127.0.0.1:{debug_port}/json/list") as response:
            targets = await response.json()
        page = next(t for t in targets if t.get("type") == "page")
        async with session.ws_connect(page["webSocketDebuggerUrl"], max_msg_size=0) as ws:
            ids = itertools.count(1)
            width, height = size
            await _cdp(
                ws,
                ids,
                "Emulation.setDeviceMetricsOverride",
                width=width,
                height=height,
                deviceScaleFactor=1,
                mobile=False,
            )
            await _cdp(ws, ids, "Page.navigate", url=url)
            deadline = time.monotonic() + 30
            check = "!!(document.body && document.body.classList.contains('-first-byte'))"
            while time.monotonic() < deadline:
                result = await _cdp(ws, ids, "Runtime.evaluate", expression=check)
                if result.get("result", {}).get("value") is True:
                    break
                await asyncio.sleep(0.2)
            else:
                raise SystemExit("the wizard did not draw its first screen within 30 s")
            await asyncio.sleep(wait)  # the first screen, the presets and the fade-in
            shot = await _cdp(ws, ids, "Page.captureScreenshot", format="png")
            return base64.b64decode(shot["data"])


def _devtools_port(profile: Path, browser: subprocess.Popen[bytes], timeout: float = 20) -> int:
    """The DevTools port Chromium chose (`--remote-debugging-port=0`)."""
    marker = profile / "DevToolsActivePort"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if browser.poll() is not None:
            raise SystemExit(f"Chromium exited with {browser.returncode}")
        if marker.is_file():
            first = marker.read_text(encoding="utf-8").split("\n", 1)[0].strip()
            if first.isdigit():
                return int(first)
        time.sleep(0.1)
    raise SystemExit("Chromium did not open its DevTools port")


def screenshot(url: str, out: Path, size: str, wait: float) -> None:
    """Let headless Chromium render `url` until the wizard is drawn, save a PNG."""
    width, height = (int(v) for v in size.split(","))
    profile = tempfile.mkdtemp(prefix="mvi-chromium-")
    try:
        argv = [
            find_browser(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            "about:blank",
        ]
        browser = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            port = _devtools_port(Path(profile), browser)
            png = asyncio.run(_capture(port, url, (width, height), wait))
        finally:
            browser.terminate()
            try:
                browser.wait(timeout=10)
            except subprocess.TimeoutExpired:
                browser.kill()
                browser.wait()
    finally:
        # Chromium's helpers may still write for a moment after the browser exits.
        for _ in range(20):
            shutil.rmtree(profile, ignore_errors=True)
            if not os.path.exists(profile):
                break
            time.sleep(0.1)
    out.write_bytes(png)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "serve.png"), help="PNG to write")
    parser.add_argument("--lang", default="en", choices=["nl", "en"], help="wizard language")
    parser.add_argument("--size", default="1200,800", help="window size WIDTH,HEIGHT")
    parser.add_argument(
        "--wait", type=float, default=2.0, help="seconds to let the first screen settle"
    )
    parser.add_argument("folder", nargs="?", default="examples/", help="plan folder to serve")
    args = parser.parse_args()

    out = Path(args.out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    port = free_port()
    # A clean home for the wizard: no recent plans or theme of whoever runs the script
    # in the picture, and nothing written into their settings.
    home = tempfile.mkdtemp(prefix="mvi-screenshot-home-")
    env = {
        **os.environ,
        "MVI_LANG": args.lang,
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_DATA_HOME": os.path.join(home, "data"),
        "XDG_CACHE_HOME": os.path.join(home, "cache"),
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "mvi_tui", "serve", args.folder, "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, server)
        screenshot(f"http://127.0.0.1:{port}/", out, args.size, args.wait)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        shutil.rmtree(home, ignore_errors=True)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
