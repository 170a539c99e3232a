"""Security: plan and catalogue text stays text, outputs stay in their folder, nothing
is written anywhere else, and `mvi serve` stays on loopback unless told otherwise.

Plans travel between organisations, catalogue files come from shared drives, exports
land on intranets. So everything here goes through the public commands (`mvi export`,
`mvi validate`, ...), testing the whole path from file to output, not one renderer.
The renderers' own unit tests are in test_export_escape.py and test_export_templates.py.
"""

from __future__ import annotations

import html
import io
import json
import os
import re
import stat
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from mvi_tui.cli import main
from mvi_tui.export.naming import RESERVED, inside, output_name
from tests.conftest import EXAMPLES, ROOT, run_mvi

UTRECHT = EXAMPLES / "gemeente-utrecht.toml"

# Template, format-string and markup injection in one line (no double quotes or
# backslashes, so it can stand in a TOML basic string as it is).
PAYLOAD = (
    "<script>alert(1)</script> <img src=x onerror=alert(1)> "
    "{{ 'mvi' ~ 'pwned' }} {% for i in range(3) %}R{{ i }}{% endfor %} "
    "{{ ''.__class__.__mro__ }} {% include '/etc/passwd' %} {{ self }} "
    "{aandeel_pct.__class__} ${7*7}"
)
# What would show that something was evaluated instead of printed.
EVALUATED = ("mvipwned", "R0R1R2", "<class ", "&lt;class ", "root:x:0", "TemplateReference")
# Pieces that must come out literally (after undoing the format's own escaping).
LITERAL = ("{{ 'mvi' ~ 'pwned' }}", "{% for i in range(3) %}", "<script>alert(1)</script>")


# -- output names -------------------------------------------------------------------


@settings(max_examples=300, deadline=None, database=None)
@given(
    stem=st.text(max_size=300),
    ident=st.text(max_size=300),
    fmt=st.sampled_from(["md", "docx", "ocds", "toml"]),
)
def test_any_stem_and_id_give_a_safe_name_inside_the_folder(
    stem: str, ident: str, fmt: str
) -> None:
    folder = Path("/srv/mvi/out")
    for name in (output_name(stem, ident, fmt), output_name(stem, None, fmt)):
        assert name.isascii() and name.isprintable(), name
        assert "/" not in name and "\\" not in name and ":" not in name
        assert not name.startswith((".", "-")) and ".." not in name
        assert len(name.encode()) <= 255
        assert name.split(".", 1)[0].upper() not in RESERVED, name
        assert inside(folder, name).parent == folder.resolve()


def _plan_text(**changes: Any) -> str:
    data = tomllib.loads(UTRECHT.read_text(encoding="utf-8"))
    for key, value in changes.items():
        data["procurements"][0][key] = value
    return tomli_w.dumps(data)


def test_export_names_from_hostile_file_names_and_ids(tmp_path: Path) -> None:
    """Plan file names and procurement ids reach file names only in a safe form."""
    plans = tmp_path / "plans"
    plans.mkdir()
    names = {
        "CON.toml": "NUL",
        "com1.toml": "LPT1",
        "x..y..toml": "a..b",
        "-rf.toml": "x" * 64,
        "Ünïcødé plan ✓.toml": "Aux",
        ("p" * 200) + ".toml": "conin$".replace("$", "1"),
        "nieuwe\nregel.toml": "id.with.dots",
    }
    for file_name, ident in names.items():
        (plans / file_name).write_text(_plan_text(id=ident), encoding="utf-8")
    out = tmp_path / "out"
    result = run_mvi("export", str(plans), "-o", str(out), "-f", "md,toml")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    written = sorted(out.iterdir())
    # Per plan: each tender as md, plus the plan itself; and nothing outside `out`.
    data = tomllib.loads(UTRECHT.read_text(encoding="utf-8"))
    tenders = sum(1 for p in data["procurements"] if p.get("tender"))
    assert len(written) == (tenders + 1) * len(names)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "plans"]
    for path in written:
        assert path.parent == out and path.is_file() and not path.is_symlink()
        assert path.name.isascii() and "\n" not in path.name
        assert path.name.split(".", 1)[0].split("--")[0].upper() not in RESERVED
        assert path.name.split("--")[-1].split(".", 1)[0].upper() not in RESERVED
        assert len(path.name) <= 255


def test_symlink_in_the_output_folder_is_not_followed(tmp_path: Path) -> None:
    """A planted link named like an output must not lead a write out of the folder."""
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    plan = tmp_path / "plan.toml"
    plan.write_text(UTRECHT.read_text(encoding="utf-8"), encoding="utf-8")
    first_id = tomllib.loads(plan.read_text(encoding="utf-8"))["procurements"][0]["id"]
    link = out / output_name("plan", first_id, "md")
    link.symlink_to(victim)
    result = run_mvi("export", str(plan), "-o", str(out), "-f", "md")
    assert "Traceback" not in result.stderr
    assert victim.read_text(encoding="utf-8") == "precious"
    if link.is_symlink():  # skipped: then it must be said
        assert result.returncode == 1 and link.name in result.stderr
    else:  # or replaced: the link itself, by a plain file in the folder
        assert result.returncode == 0 and link.is_file()


# -- plan and catalogue text cannot run code ----------------------------------------


def _hostile_plan() -> dict[str, Any]:
    """The Utrecht example with the payload in every kind of free text of the export."""
    data = tomllib.loads(UTRECHT.read_text(encoding="utf-8"))
    data["organisation"]["name"] = f"Gemeente {PAYLOAD}"
    data["notes"] = {"criteria": PAYLOAD, "print_in_export": True}
    for proc in data["procurements"]:
        proc["title"] = f"Titel {PAYLOAD}"
        proc["description"] = f"{PAYLOAD}\n\n# kop\n1. lijst\n    code"
        tender = proc.get("tender")
        if not tender:
            continue
        tender["procedure_reason"] = PAYLOAD
        tender["notes"] = PAYLOAD
        tender.setdefault("award", {})["motivation"] = PAYLOAD
        if tender.get("criteria"):
            first = tender["criteria"][0]
            first["text"] = f"Eigen tekst {PAYLOAD} {{aandeel_pct}}"
            first["parameters"] = {**first.get("parameters", {}), "aandeel_pct": PAYLOAD}
        tender.setdefault("criteria", []).append({"id": "eigen-meubilair-01"})
        tender.setdefault("own_criteria", []).append(
            {
                "id": "eigen-x",
                "type": "eis",
                "title": f"Eigen {PAYLOAD}",
                "text": PAYLOAD,
                "verification": PAYLOAD,
            }
        )
    return data


def _user_catalogue(config: Path) -> None:
    """A user catalogue group whose criterion texts carry the payload too."""
    source = ROOT / "ambitions" / "groups" / "kantoor" / "kantoormeubilair.toml"
    text = source.read_text(encoding="utf-8").replace("kantoormeubilair", "eigen-meubilair")
    for field in ("title", "text", "explanation", "verification"):
        for lang in ("nl", "en"):
            text = text.replace(f'{field}.{lang} = "', f'{field}.{lang} = "{PAYLOAD} ', 1)
    target = config / "mvi-tui" / "catalogue" / "groups" / "kantoor" / "eigen-meubilair.toml"
    target.parent.mkdir(parents=True)
    target.write_text(text, encoding="utf-8")


def _unmarkdown(text: str) -> str:
    """Undo Markdown backslash escapes and HTML entities: what a reader sees."""
    return html.unescape(re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text))


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for v in node.values():
            yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)


@pytest.fixture(scope="module")
def hostile_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("hostile")
    _user_catalogue(base / "config")
    plan = base / "plan.toml"
    plan.write_text(tomli_w.dumps(_hostile_plan()), encoding="utf-8")
    out = base / "out"
    env = {"XDG_CONFIG_HOME": str(base / "config")}
    result = run_mvi("export", str(plan), "-o", str(out), "-f", "md,html,docx,ocds", env=env)
    assert result.returncode == 0, result.stderr
    assert "eigen-meubilair" not in result.stderr  # the user's criterion was found
    return out


def test_markdown_prints_templates_and_markup_literally(hostile_export: Path) -> None:
    files = sorted(hostile_export.glob("*.md"))
    assert len(files) == 3  # the three tenders of the example
    for file in files:
        raw = file.read_text(encoding="utf-8")
        assert "<script" not in raw and "<img" not in raw  # inert when shown as HTML
        seen = _unmarkdown(raw)
        for piece in LITERAL:
            assert piece in seen, (file.name, piece)
        for sign in EVALUATED:
            assert sign not in seen.replace("{{ ''.__class__.__mro__ }}", ""), (file.name, sign)
        assert "{aandeel_pct.__class__}" in seen  # no str.format on plan text
        # The user catalogue's criterion title, payload first, came through as text too.
        assert "${7*7} Hout uit duurzaam beheerde bossen" in seen


def test_html_escapes_markup_and_prints_templates_literally(hostile_export: Path) -> None:
    files = sorted(hostile_export.glob("*.html"))
    assert len(files) == 3
    for file in files:
        page = file.read_text(encoding="utf-8")
        body = page.split("</style>", 1)[-1]
        assert "<script" not in page.lower() and "<img" not in body.lower()
        assert "onerror=" not in re.sub(r"&lt;img[^<]*", "", body)  # only inside escaped text
        seen = html.unescape(body)
        for piece in LITERAL:
            assert piece in seen, (file.name, piece)
        for sign in EVALUATED:
            assert sign not in seen.replace("{{ ''.__class__.__mro__ }}", ""), (file.name, sign)


def test_docx_and_ocds_hold_the_text_as_plain_text(hostile_export: Path) -> None:
    for file in sorted(hostile_export.glob("*.docx")):
        xml = zipfile.ZipFile(io.BytesIO(file.read_bytes())).read("word/document.xml")
        text = xml.decode("utf-8")
        assert "<script>" not in text and "&lt;script&gt;" in text
        assert "{{ 'mvi' ~ 'pwned' }}" in html.unescape(text)
        assert "mvipwned" not in text and "R0R1R2" not in text
    for file in sorted(hostile_export.glob("*.ocds.json")):
        strings = list(_strings(json.loads(file.read_text(encoding="utf-8"))))
        assert any(PAYLOAD in s for s in strings)
        assert not any("mvipwned" in s or "R0R1R2" in s for s in strings)


def test_house_template_cannot_reach_python_internals(tmp_path: Path) -> None:
    """`--template` runs in the sandbox: a hostile house style fails with a message."""
    templates = tmp_path / "huisstijl"
    templates.mkdir()
    (templates / "document.md.j2").write_text(
        "{{ ''.__class__.__mro__[1].__subclasses__() }}\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    result = run_mvi(
        "export", str(UTRECHT), "-o", str(out), "-f", "md", "--template", str(templates)
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "document.md.j2" in result.stderr
    for file in out.glob("*"):
        assert "<class" not in file.read_text(encoding="utf-8", errors="replace")


# -- mvi serve -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "host", ["0.0.0.0", "localhost.evil.example", "127.0.0.1.nip.io", "0x7f000001", "::"]
)
def test_serve_refuses_non_loopback_without_public(
    host: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Look-alikes of loopback count as public; refused before anything listens."""
    assert main(["serve", str(tmp_path), "--host", host]) == 2
    err = capsys.readouterr().err
    assert "--public" in err and host in err


def test_serve_listens_on_loopback_by_default() -> None:
    from mvi_tui.cli import build_parser
    from mvi_tui.web.serve import is_loopback

    args = build_parser("en").parse_args(["serve"])
    assert is_loopback(args.host) and not args.public


# -- nothing written outside the plan, the output and the user's folders --------------

# Runs `mvi` with an audit hook that logs every file the process opens for writing,
# creates, renames, removes or changes; the test then checks each path.
WATCH = r"""
import os, runpy, sys
log = open(os.environ["MVI_WRITE_LOG"], "a", encoding="utf-8")
WRITES = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
PATH_EVENTS = {"os.mkdir": (0,), "os.remove": (0,), "os.rmdir": (0,), "os.chmod": (0,),
               "os.utime": (0,), "os.truncate": (0,), "os.chown": (0,), "os.rename": (0, 1),
               "os.link": (1,), "os.symlink": (1,), "shutil.copyfile": (1,)}
def note(event, path):
    if isinstance(path, (str, bytes, os.PathLike)):
        log.write(event + "\t" + os.path.abspath(os.fsdecode(path)) + "\n")
        log.flush()
def hook(event, args):
    if event == "open":
        path, mode, flags = args
        writing = (isinstance(flags, int) and flags & WRITES) or (
            isinstance(mode, str) and any(c in mode for c in "wax+"))
        if writing:
            note(event, path)
    elif event in PATH_EVENTS:
        for i in PATH_EVENTS[event]:
            note(event, args[i])
sys.addaudithook(hook)
sys.argv = ["mvi", *sys.argv[1:]]
runpy.run_module("mvi_tui", run_name="__main__", alter_sys=True)
"""


def test_commands_write_only_where_they_may(tmp_path: Path) -> None:
    home, cwd, tmp = tmp_path / "home", tmp_path / "cwd", tmp_path / "tmp"
    plans, out = tmp_path / "plans", tmp_path / "out"
    for folder in (home, cwd, tmp, plans):
        folder.mkdir()
    plan = plans / "plan.toml"
    plan.write_text(UTRECHT.read_text(encoding="utf-8"), encoding="utf-8")
    log = tmp_path / "writes.log"
    xdg = {
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_STATE_HOME": home / ".local" / "state",
    }
    env = {
        **os.environ,
        **{k: str(v) for k, v in xdg.items()},
        "HOME": str(home),
        "TMPDIR": str(tmp),
        "MVI_LANG": "en",
        "MVI_WRITE_LOG": str(log),
        "PYTHONDONTWRITEBYTECODE": "1",  # Python's own .pyc files are not ours to judge
        "PYTHONPATH": str(ROOT),
    }
    repo_before = sorted(p.name for p in ROOT.iterdir())
    examples_before = sorted(p.name for p in EXAMPLES.rglob("*"))
    cwd.chmod(stat.S_IRUSR | stat.S_IXUSR)  # read-only (root ignores this; the log does not)
    commands = [
        ["--help"],
        ["validate", str(plan)],
        ["validate", "--json", str(plans)],
        ["export", str(plan), "-o", str(out), "-f", "md,html,docx,ocds,toml"],
        ["report", str(plan), "-f", "html", "-o", str(out / "report.html")],
        ["report", str(plan), "-f", "json"],
        [
            "ask",
            "--defaults",
            "--set",
            "organisation.name=Gemeente X",
            "-o",
            str(plans / "new.toml"),
        ],
        ["catalog", "validate"],
        ["schema"],
    ]
    try:
        for argv in commands:
            result = subprocess.run(
                [sys.executable, "-c", WATCH, *argv],
                cwd=cwd,
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
                stdin=subprocess.DEVNULL,
            )
            assert result.returncode == 0, (argv, result.stderr[-2000:])
            assert "Traceback" not in result.stderr, argv
    finally:
        cwd.chmod(stat.S_IRWXU)

    allowed = [plans, out, *xdg.values()]
    seen = [line.split("\t", 1) for line in log.read_text(encoding="utf-8").splitlines()]
    assert seen, "the audit hook logged nothing: the watch is broken"
    for event, path in seen:
        real = Path(os.path.realpath(path))
        if str(real).startswith("/dev/"):
            continue
        assert any(real.is_relative_to(a.resolve()) for a in allowed), (event, path)
    # The plan folder holds the plans (and backups), the folders we watch hold nothing new.
    assert {p.name for p in plans.iterdir()} <= {
        "plan.toml",
        "new.toml",
        "plan.toml.bak",
        "new.toml.bak",
    }
    assert plan.read_text(encoding="utf-8") == UTRECHT.read_text(encoding="utf-8")
    assert list(cwd.iterdir()) == [] and list(tmp.iterdir()) == []
    assert {p.name for p in home.iterdir()} <= {".config", ".local", ".cache"}
    assert sorted(p.name for p in ROOT.iterdir()) == repo_before
    assert sorted(p.name for p in EXAMPLES.rglob("*")) == examples_before
