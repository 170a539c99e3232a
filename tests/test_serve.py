"""`mvi serve`: the wizard in a browser, its safety rules, downloads and the coaching report.

The server tests start the real command in a subprocess on a free loopback port and talk
to it the way a browser does: fetch the page over HTTP, open the websocket and read the
terminal output until the wizard's first screen arrives. Downloads are checked end to end
with a tiny Textual app behind textual-serve that calls `mvi_tui.tui.web.deliver_file`.
"""

from __future__ import annotations

import asyncio
import codecs
import io
import json
import os
import re
import socket
import subprocess
import sys
import textwrap
import time
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import aiohttp
import pytest

from mvi_tui.core.planfile import load_plan
from mvi_tui.export import coaching
from mvi_tui.tui import web
from mvi_tui.web.serve import is_loopback
from tests.conftest import EXAMPLES, ROOT, run_mvi

WATERSCHAP = EXAMPLES / "waterschap-rivierenland.toml"
TODAY = date(2026, 11, 27)
START_TIMEOUT = 15.0
# CSI / OSC / DCS / two-character escape sequences of the terminal stream.
ANSI = re.compile(r"\x1b\[[0-9;?<=>]*[ -/]*[@-~]|\x1b[\]P_^][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b.")


def free_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on right now (the OS picks it)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def accepts(host: str, port: int) -> bool:
    """Whether something accepts TCP connections on host:port."""
    try:
        with socket.create_connection((host, port), timeout=0.2):
            return True
    except OSError:
        return False


def start(argv: list[str], host: str, port: int) -> subprocess.Popen[bytes]:
    """Start a server process and wait until its port accepts connections."""
    proc = subprocess.Popen(
        argv,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "120"},
    )
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            out = proc.stdout.read().decode("utf-8", "replace") if proc.stdout else ""
            pytest.fail(f"server exited with {proc.returncode} before listening:\n{out}")
        if accepts(host, port):
            return proc
        time.sleep(0.05)
    stop(proc)
    pytest.fail(f"server did not listen on {host}:{port} within {START_TIMEOUT} s")


def stop(proc: subprocess.Popen[bytes]) -> str:
    """Terminate the server (SIGTERM, as Ctrl-C would), wait, return what it printed."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
    return proc.stdout.read().decode("utf-8", "replace") if proc.stdout else ""


def serve_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "mvi_tui", "serve", *args]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """`mvi serve examples/` on a free loopback port; yields its base URL."""
    port = free_port()
    proc = start(serve_argv("examples/", "--port", str(port)), "127.0.0.1", port)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(proc)
    assert proc.returncode is not None


async def read_screen(
    url: str,
    until: list[tuple[str, ...]],
    seconds: float = 10.0,
    headers: dict[str, str] | None = None,
) -> str:
    """Open the websocket like the browser page does and collect the screen's text.

    Reads until each group in `until` has one of its words on screen (or time is up).
    """
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    raw = ""
    ws_url = url.replace("http://", "ws://") + "/ws?width=100&height=30"
    deadline = time.monotonic() + seconds
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(ws_url, headers=headers or {}) as ws:
            await ws.send_str(json.dumps(["resize", {"width": 100, "height": 30}]))
            while time.monotonic() < deadline:
                try:
                    msg = await ws.receive(timeout=0.5)
                except TimeoutError:
                    continue
                if msg.type == aiohttp.WSMsgType.BINARY:
                    raw += decoder.decode(msg.data)
                elif msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED):
                    break
                text = ANSI.sub("", raw)
                if all(any(word in text for word in group) for group in until):
                    return text
    return ANSI.sub("", raw)


# The server ---------------------------------------------------------------------------


def test_page_is_the_textual_serve_page(server: str) -> None:
    async def fetch() -> tuple[int, str, str]:
        async with aiohttp.ClientSession() as session:
            async with session.get(server + "/") as response:
                return response.status, response.content_type, await response.text()

    status, kind, html = asyncio.run(fetch())
    assert status == 200 and kind == "text/html"
    assert "textual" in html.lower()  # textual-serve's page and scripts
    assert f'data-session-websocket-url="{server.replace("http", "ws")}/ws"' in html
    assert "mvi-tui" in html  # the title `mvi serve` gives the server


def test_websocket_shows_the_wizard_start_screen(server: str) -> None:
    words = ("Choose how to begin", "Kies hoe u begint")
    text = asyncio.run(read_screen(server, [words, ("1 Start",), ("waterschap-rivierenland",)]))
    assert any(w in text for w in words), f"start screen did not arrive; got:\n{text[-2000:]}"
    assert "Start" in text  # the step bar
    # The plans of the served folder are offered on the first screen.
    assert "waterschap-rivierenland.toml" in text


def test_websocket_from_a_foreign_origin_is_refused(server: str) -> None:
    words = ("Choose how to begin", "Kies hoe u begint")
    try:
        text = asyncio.run(
            read_screen(server, [words], seconds=4, headers={"Origin": "http://evil.example"})
        )
    except aiohttp.WSServerHandshakeError:
        return
    assert not any(w in text for w in words)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.10", "::"])
def test_public_address_without_public_is_refused(host: str) -> None:
    port = free_port()
    result = run_mvi(
        "serve", "examples/", "--host", host, "--port", str(port), cwd=ROOT, timeout=30
    )
    assert result.returncode == 2
    assert "--public" in result.stderr and "login" in result.stderr
    assert host in result.stderr
    assert "Serving" not in result.stdout + result.stderr  # textual-serve never started
    assert not accepts("127.0.0.1", port)


def test_missing_path_is_an_input_error() -> None:
    result = run_mvi("serve", "no-such-folder/", "--port", str(free_port()), cwd=ROOT)
    assert result.returncode == 1
    assert "no-such-folder" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.1.2.3", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("LOCALHOST", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.0.2.10", False),
        ("10.0.0.1", False),
        ("example.org", False),
        ("", False),
    ],
)
def test_loopback_addresses(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def _ipv6() -> bool:
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as sock:
            sock.bind(("::1", 0))
        return True
    except OSError:
        return False


@pytest.mark.skipif(not _ipv6(), reason="no IPv6 loopback on this machine")
def test_ipv6_loopback_serves_a_usable_page() -> None:
    port = free_port("::1")
    proc = start(serve_argv("examples/", "--host", "::1", "--port", str(port)), "::1", port)
    try:
        with socket.create_connection(("::1", port), timeout=5) as sock:
            sock.sendall(b"GET / HTTP/1.0\r\nHost: [::1]\r\n\r\n")
            page = b""
            while chunk := sock.recv(65536):
                page += chunk
    finally:
        stop(proc)
    assert page.startswith(b"HTTP/1.1 200") or page.startswith(b"HTTP/1.0 200")
    assert f"ws://[::1]:{port}/ws".encode() in page


# Downloads through textual-serve --------------------------------------------------------

DELIVERY_APP = """
from pathlib import Path
from textual.app import App
from textual.widgets import Static
from mvi_tui.tui import web

HERE = Path(__file__).parent


class Deliver(App):
    def compose(self):
        yield Static("ready")

    def on_mount(self):
        web.deliver_file(self, "Groen inkopen: ü\\n".encode(), "Plan Ütrecht; x.md", "text/markdown")
        web.deliver_files(self, [HERE / "a.md", HERE / "b.docx"], "export")


Deliver().run()
"""


def test_deliver_file_downloads_through_textual_serve(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(textwrap.dedent(DELIVERY_APP), encoding="utf-8")
    (tmp_path / "a.md").write_text("# a\n", encoding="utf-8")
    (tmp_path / "b.docx").write_bytes(b"PK-not-really-a-docx")
    port = free_port()
    command = f"{sys.executable} {tmp_path / 'app.py'}"
    code = (
        "from textual_serve.server import Server;"
        f"Server({command!r}, host='127.0.0.1', port={port}).serve()"
    )
    proc = start([sys.executable, "-c", code], "127.0.0.1", port)
    base = f"http://127.0.0.1:{port}"

    async def run() -> list[tuple[str, str, bytes]]:
        keys: list[str] = []
        got = []
        async with aiohttp.ClientSession() as session:
            async with session.ws_connect(base + "/ws?width=80&height=24") as ws:
                deadline = time.monotonic() + 10
                while len(keys) < 2 and time.monotonic() < deadline:
                    try:
                        msg = await ws.receive(timeout=0.5)
                    except TimeoutError:
                        continue
                    if msg.type == aiohttp.WSMsgType.TEXT:
                        envelope = json.loads(msg.data)
                        if envelope[0] == "deliver_file_start":
                            keys.append(envelope[1])
                    elif msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED):
                        break
                for key in keys:
                    async with session.get(f"{base}/download/{key}") as response:
                        got.append(
                            (
                                response.headers["Content-Type"],
                                response.headers["Content-Disposition"],
                                await response.read(),
                            )
                        )
        return got

    try:
        got = asyncio.run(run())
    finally:
        stop(proc)
    assert len(got) == 2, got
    by_name = {disposition: (kind, body) for kind, disposition, body in got}
    kind, body = by_name["attachment; filename=Plan_Utrecht_x.md"]
    assert kind == "text/markdown; charset=utf-8"
    assert body.decode("utf-8") == "Groen inkopen: ü\n"
    kind, body = by_name["attachment; filename=export.zip"]
    assert kind == "application/zip"
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        assert sorted(archive.namelist()) == ["a.md", "b.docx"]
        assert archive.read("a.md") == b"# a\n"


# The plan folder ----------------------------------------------------------------------


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A plan folder with a plan, a subfolder, and a secret file next to it."""
    folder = tmp_path / "plans"
    (folder / "sub").mkdir(parents=True)
    (folder / "plan.toml").write_text('[organisation]\nname = "X"\n', encoding="utf-8")
    (folder / "sub" / "other.toml").write_text("procurements = []\n", encoding="utf-8")
    (tmp_path / "secret.toml").write_text('[organisation]\nname = "S"\n', encoding="utf-8")
    return folder


def test_inside_root_paths_are_allowed(root: Path) -> None:
    assert web.check_inside_root("plan.toml", root) == root.resolve() / "plan.toml"
    assert web.check_inside_root("sub/new.toml", root) == root.resolve() / "sub" / "new.toml"
    assert web.check_inside_root("sub/../plan.toml", root) == root.resolve() / "plan.toml"
    absolute = root.resolve() / "plan.toml"
    assert web.check_inside_root(str(absolute), root) == absolute


@pytest.mark.parametrize(
    "path",
    ["../secret.toml", "sub/../../secret.toml", "..", "/etc/passwd", "~/plan.toml", "", "a\x00b"],
)
def test_outside_root_paths_are_refused(root: Path, path: str) -> None:
    with pytest.raises(web.OutsideRoot) as info:
        web.check_inside_root(path, root)
    assert info.value.message("nl") != info.value.message("en")
    assert str(root.resolve()) in info.value.message("en") or info.value.key == "invalid"


def test_absolute_path_elsewhere_is_refused(root: Path) -> None:
    with pytest.raises(web.OutsideRoot, match="outside the plan folder"):
        web.check_inside_root(root.parent / "secret.toml", root)


def test_symlinks_out_of_the_root_are_refused(root: Path) -> None:
    (root / "link.toml").symlink_to(root.parent / "secret.toml")
    (root / "linkdir").symlink_to(root.parent, target_is_directory=True)
    (root / "dangling.toml").symlink_to(root.parent / "not-yet.toml")
    for path in ("link.toml", "linkdir/secret.toml", "dangling.toml"):
        with pytest.raises(web.OutsideRoot):
            web.check_inside_root(path, root)
    # A link that leads back inside is fine: only where it ends counts.
    assert web.check_inside_root("linkdir/plans/plan.toml", root) == root.resolve() / "plan.toml"
    (root / "inner.toml").symlink_to(root / "plan.toml")
    assert web.check_inside_root("inner.toml", root) == root.resolve() / "plan.toml"
    assert "link.toml" not in {p.name for p in web.list_plans(root)}


def test_root_comes_from_the_environment(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(web.ROOT_ENV, raising=False)
    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)
    assert web.web_root() is None and not web.in_browser()
    assert web.check_inside_root("../anything.toml").name == "anything.toml"  # terminal: free
    monkeypatch.setenv(web.ROOT_ENV, str(root))
    assert web.web_root() == root.resolve() and web.in_browser()
    assert not web.can_suspend()
    with pytest.raises(web.OutsideRoot):
        web.check_inside_root("../secret.toml")
    monkeypatch.delenv(web.ROOT_ENV)
    monkeypatch.setenv("TEXTUAL_DRIVER", web.WEB_DRIVER)
    assert web.in_browser()


def test_list_plans_only_lists_plans_inside(root: Path) -> None:
    (root / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    (root / "plan.bids.toml").write_text("[[bid]]\n", encoding="utf-8")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "p.toml").write_text("[organisation]\n", encoding="utf-8")
    names = [p.relative_to(root).as_posix() for p in web.list_plans(root)]
    assert names == ["plan.toml", "sub/other.toml"]
    assert [p.name for p in web.list_plans(EXAMPLES)][:3] == [
        "gemeente-utrecht.toml",
        "ministerie-bzk.toml",
        "waterschap-rivierenland.toml",
    ]


def test_completion_stays_inside_the_root(root: Path) -> None:
    assert web.complete_in_root("pl", root) == "plan.toml"
    assert web.complete_in_root("sub/o", root) == "sub/other.toml"
    assert web.complete_in_root("../se", root) is None
    assert web.complete_in_root("/et", root) is None


def test_download_names_survive_the_header() -> None:
    assert web.download_name("Plan Ütrecht; v2.docx") == "Plan_Utrecht_v2.docx"
    assert web.download_name("../../etc/passwd") == "passwd"
    assert web.download_name("...") == "download"


class FakeApp:
    """Records deliveries the way Textual's App API receives them."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, bytes, dict[str, object]]] = []

    def deliver_text(self, file: io.BytesIO, **kw: object) -> str:
        self.calls.append(("text", file.read(), kw))
        return "k1"

    def deliver_binary(self, file: io.BytesIO, **kw: object) -> str:
        self.calls.append(("binary", file.read(), kw))
        return "k2"


def test_deliver_file_reads_at_once_and_picks_text_or_binary(tmp_path: Path) -> None:
    app = FakeApp()
    report = tmp_path / "r.md"
    report.write_text("é", encoding="utf-8")
    assert web.deliver_file(app, report, "r.md") == "k1"  # type: ignore[arg-type]
    report.unlink()  # the bytes were read already: a temporary folder may go
    assert web.deliver_file(app, b"PK", "r.docx") == "k2"  # type: ignore[arg-type]
    (kind, data, kw), (kind2, data2, kw2) = app.calls
    assert (kind, data, kw["encoding"], kw["mime_type"]) == (
        "text",
        "é".encode(),
        "utf-8",
        "text/markdown",
    )
    assert kind2 == "binary" and data2 == b"PK" and str(kw2["mime_type"]).endswith("document")


# The coaching report --------------------------------------------------------------------


@pytest.fixture(scope="module")
def waterschap():
    plan, _ = load_plan(WATERSCHAP, "en")
    return plan


def test_coaching_report_markdown(waterschap, catalogue) -> None:  # noqa: ANN001
    report = coaching.build_coaching_report(waterschap, catalogue, today=TODAY, source="w.toml")
    md = coaching.render_markdown(report)
    assert report.lang == "nl"  # the plan's language by default
    assert md.startswith("# Coachingsverslag")
    for heading in ("Organisatie", "Ambities", "Inkoopplan", "Criteria", "Gunning"):
        assert f"\n## {heading}\n" in md
    assert "\n## Openstaande punten\n" in md
    # The consultant's notes stand beside the step they are about.
    org_part = md.split("## Ambities")[0]
    assert "> **Notitie van de consultant:** Het waterschap hanteert eigen drempels" in org_part
    crit_part = md.split("## Criteria")[1].split("## Gunning")[0]
    assert "Visvriendelijkheid is een harde eis" in crit_part
    # Decisions: the ranked plan, the chosen criteria with weights, the award model.
    assert "| Levering elektriciteit 2027-2030 | EUR 9.200.000 |" in md
    assert "| gemalen-05 | Gegarandeerd energieverbruik" in md and "| 20% |" in md
    assert "gunnen op waarde" in md and "| **Totaal** | **100%** |" in md
    # The open warnings of the rules engine.
    assert "Social return is van toepassing op deze inkoop." in md
    assert "27 november 2026" in md


def test_coaching_report_in_english_and_word(waterschap, catalogue, tmp_path: Path) -> None:  # noqa: ANN001
    import docx

    paths = coaching.write_coaching_report(
        waterschap, tmp_path, "waterschap-rivierenland", "en", catalogue=catalogue, today=TODAY
    )
    assert [p.name for p in paths] == [
        "waterschap-rivierenland.coaching.md",
        "waterschap-rivierenland.coaching.docx",
    ]
    md = paths[0].read_text(encoding="utf-8")
    assert md.startswith("# Coaching report") and "\n## Open points\n" in md
    document = docx.Document(str(paths[1]))
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Title", "Coaching report") in styles
    headings1 = [text for style, text in styles if style == "Heading 1"]
    assert headings1 == [
        "Organisation",
        "Ambitions",
        "Procurement plan",
        "Criteria",
        "Award",
        "Open points",
    ]
    assert ("Heading 2", "Renovatie gemaal De Blauwe Sluis") in styles
    notes = [text for _, text in styles if text.startswith("Consultant's note: ")]
    assert any("Visvriendelijkheid" in n for n in notes) and len(notes) == 2
    tables = document.tables
    assert len(tables) >= 5
    assert [c.text for c in tables[0].rows[0].cells] == ["Theme", "Level", "Targets"]
    all_cells = {c.text for t in tables for row in t.rows for c in row.cells}
    assert {
        "gemalen-05",
        "20%",
        "Total",
        "100%",
        "Social return applies to this procurement.",
    } <= all_cells
    assert document.core_properties.language == "en"
    assert document.core_properties.author == "Waterschap Rivierenland"


def test_coaching_report_keeps_plan_text_as_text(waterschap, catalogue) -> None:  # noqa: ANN001
    import docx

    plan = waterschap.model_copy(deep=True)
    plan.notes.plan = "# not a heading\n<script>alert(1)</script> [x](http://evil) \x07bell"
    plan.notes.award = ""
    report = coaching.build_coaching_report(plan, catalogue, "en", today=TODAY)
    md = coaching.render_markdown(report)
    assert "<script>" not in md and "&lt;script&gt;" in md
    assert "\n> \\# not a heading" in md or "> **Consultant's note:** \\# not a heading" in md
    assert "](http" not in md.replace("\\](http", "")
    document = docx.Document(io.BytesIO(coaching.render_docx(report)))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "<script>alert(1)</script>" in text and "\x07" not in text


def test_coaching_report_of_an_empty_plan(catalogue) -> None:  # noqa: ANN001
    from mvi_tui.core.plan import Plan

    report = coaching.build_coaching_report(Plan(), catalogue, "en", today=TODAY)
    md = coaching.render_markdown(report)
    assert "No procurements in the plan yet." in md and "No open points." in md
    assert coaching.render_docx(report)[:2] == b"PK"


def test_origin_and_host_rules() -> None:
    from mvi_tui.web.serve import host_allowed, page_url, same_origin

    assert same_origin("http://127.0.0.1:8000", "127.0.0.1:8000")
    assert not same_origin("http://evil.example", "127.0.0.1:8000")
    assert same_origin(None, "127.0.0.1:8000")
    assert host_allowed("localhost:8000", public=False) and host_allowed("[::1]", public=False)
    assert not host_allowed("evil.example:8000", public=False)  # DNS rebinding
    assert host_allowed("evil.example:8000", public=True)
    assert page_url("::1", 9) == "http://[::1]:9"


def test_coaching_report_through_mvi_export(tmp_path) -> None:
    result = run_mvi(
        "export",
        "examples/waterschap-rivierenland.toml",
        "-o",
        str(tmp_path),
        "-f",
        "coaching",
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["waterschap-rivierenland.coaching.docx", "waterschap-rivierenland.coaching.md"]
    text = (tmp_path / "waterschap-rivierenland.coaching.md").read_text(encoding="utf-8")
    assert "Visvriendelijkheid" in text  # the consultant's note on the criteria step
