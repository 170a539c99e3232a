"""Hostile input: generated plan files that are valid TOML but anything but a good plan.

A plan file comes from users, colleagues, other tools and the internet. Whatever it
holds, `mvi validate` and `mvi export` must answer with messages (exit 0 or 1), never
with a traceback, and must never change the file they read.

The files are made by mutating the bundled example plans (which are valid, so a
mutation is likely to reach deep into the models and the renderers) with:
wrong shapes (tables where lists belong and the reverse), wrong types, huge numbers,
NaN and infinity, deep nesting, long strings, unusual Unicode (right-to-left overrides,
combining marks, emoji, NUL escapes inside strings) and unknown keys. Some mutations
work on the TOML text because a dict cannot express them (5,000-digit integers, nesting
deeper than Python's recursion limit).

Every file is checked in-process through `mvi_tui.cli.main` (fast, so hypothesis can
try many), and a handful of fixed nasty files through a real `mvi` process.
"""

from __future__ import annotations

import json
import os
import tempfile
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from mvi_tui.cli import main
from tests.conftest import example_plans, run_mvi

BASES: list[dict[str, Any]] = [
    tomllib.loads(p.read_text(encoding="utf-8"))
    for p in example_plans()
    if p.parent.name == "examples"
]

NASTY_STRINGS = [
    "",
    " ",
    "\u202egnp.exe",  # right-to-left override
    "\u200f\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",  # RTL mark, Hebrew, Arabic
    "e\u0301\u0301\u0301\u0301\u0301\u0301",  # stacked combining marks
    "\u0301",  # a combining mark with nothing to combine with
    "👩‍👩‍👧‍👦🇳🇱🏳️‍🌈",  # ZWJ sequences and flags
    "a\x00b",  # NUL inside a string (written as \u0000 in TOML)
    "\x07\x1b[31mred\x1b[0m",  # bell and an ANSI colour escape
    "line\nbreak\r\nand\ttab",
    "\ufeffbom",
    "\u2028\u2029",  # line and paragraph separators
    "{{ 7*7 }}{% for x in range(9) %}x{% endfor %}",
    "<script>alert(1)</script>&amp;",
    "](javascript:alert(1))",
    "../../etc/passwd",
    "CON",
    "x" * 25_000,  # longer than any text field allows
    "ő" * 5_000,
]

# Unicode from the planes and categories that break naive code.
odd_text = st.text(
    alphabet=st.characters(
        codec="utf-8",
        categories=["L", "M", "N", "P", "S", "Z", "Cc", "Cf"],
    ),
    max_size=40,
)
text_values = st.one_of(st.sampled_from(NASTY_STRINGS), odd_text)
numbers = st.one_of(
    st.integers(),
    st.sampled_from([0, -1, 2**63, -(2**63) - 1, 10**300, -(10**4000), 2**1000]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([float("nan"), float("inf"), float("-inf"), 1e308, -0.0, 5e-324]),
)
scalars = st.one_of(
    text_values,
    numbers,
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.times(),
)
keys = st.one_of(
    st.sampled_from(["id", "title", "weight", "value_eur", "tender", "criteria", "x"]), odd_text
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=8,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a parsed TOML document (tables and arrays, leaves included)."""
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, (*prefix, i))


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        doc = doc[part]
    return doc


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    _get(doc, path[:-1])[path[-1]] = value
    return doc


def _reshape(value: Any) -> Any:
    """The same content in the wrong shape: a table becomes a list and the reverse."""
    if isinstance(value, dict):
        return list(value.values())
    if isinstance(value, list):
        return {str(i): v for i, v in enumerate(value)}
    return [value]


ALL_KINDS = ("replace", "reshape", "unknown_key", "delete", "string", "number")
# Keys whose strings are codes, not prose: "text" mutations leave them alone.
CODE_KEYS = frozenset(
    "id lot level procedure contract_type metric kind scale language version method type"
    " product_group price_formula preset catalogue_version tool_version themes".split()
)


@st.composite
def mutated_plans(draw: st.DrawFn, kinds: tuple[str, ...] = ALL_KINDS) -> dict[str, Any]:
    """A bundled example plan with one to four hostile changes of the given kinds."""
    doc = json.loads(json.dumps(draw(st.sampled_from(BASES)), default=str))  # deep copy
    # json turned dates into strings; put the real ones back where the example had them.
    doc = _restore_dates(doc)
    for _ in range(draw(st.integers(1, 4))):
        places = list(_paths(doc))
        path = draw(st.sampled_from(places))
        kind = draw(st.sampled_from(kinds))
        target = _get(doc, path)
        if kind == "replace":
            doc = _set(doc, path, draw(values))
        elif kind == "reshape":
            doc = _set(doc, path, _reshape(target))
        elif kind == "unknown_key" and isinstance(target, dict):
            target[draw(keys)] = draw(values)
        elif kind == "delete" and path:
            parent = _get(doc, path[:-1])
            del parent[path[-1]]
        elif kind in ("string", "text"):
            strings = [
                p
                for p in places
                if isinstance(_get(doc, p), str)
                and (kind == "string" or not CODE_KEYS.intersection(map(str, p)))
            ]
            if strings:
                doc = _set(doc, draw(st.sampled_from(strings)), draw(text_values))
        elif kind == "number":
            nums = [p for p in places if isinstance(_get(doc, p), int | float)]
            if nums:
                doc = _set(doc, draw(st.sampled_from(nums)), draw(numbers))
    return doc if isinstance(doc, dict) else {"plan": doc}


def _restore_dates(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _restore_dates(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_restore_dates(v) for v in node]
    if isinstance(node, str) and len(node) == 10 and node[4:5] == "-" and node[7:8] == "-":
        try:
            return date.fromisoformat(node)
        except ValueError:
            return node
    return node


@st.composite
def text_level_extras(draw: st.DrawFn) -> str:
    """TOML a dict cannot make: very deep nesting, integers of thousands of digits."""
    depth = draw(st.sampled_from([50, 500, 999, 3000]))
    kind = draw(st.sampled_from(["array", "inline", "header", "bigint", "hexint"]))
    key = draw(st.sampled_from(["organisation", "ambitions", "deep"]))
    if kind == "array":
        return f"{key}_x = {'[' * depth}{']' * depth}\n"
    if kind == "inline":
        return f"{key}_y = {'{a = ' * depth}1{'}' * depth}\n"
    if kind == "header":
        return "[" + ".".join([key] + ["a"] * depth) + "]\nz = 1\n"
    if kind == "bigint":
        return f"{key}_n = {'9' * draw(st.sampled_from([4300, 4301, 20_000]))}\n"
    return f"{key}_h = 0x{'f' * 5_000}\n"


@st.composite
def plan_files(draw: st.DrawFn, kinds: tuple[str, ...] = ALL_KINDS) -> bytes:
    """The bytes of a hostile plan file."""
    doc = draw(mutated_plans(kinds))
    text = tomli_w.dumps(doc)
    if kinds == ALL_KINDS and draw(st.booleans()):
        # Prepended, so the extra key lands at the top level before any table header.
        text = draw(text_level_extras()) + text
    return text.encode("utf-8")


@contextmanager
def _plan_on_disk(data: bytes) -> Iterator[tuple[Path, Path]]:
    """A plan file in a fresh folder, plus a separate output folder."""
    with tempfile.TemporaryDirectory(prefix="mvi-hostile-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        path = folder / "plan.toml"
        path.write_bytes(data)
        old = os.stat(path).st_mtime_ns - 5_000_000_000  # clearly in the past
        os.utime(path, ns=(old, old))
        yield path, Path(tmp) / "out"


def _assert_clean_output(rc: int, out: str, err: str) -> None:
    assert rc in (0, 1), (rc, err[-2000:])
    assert "Traceback" not in out + err, err[-4000:]


# More examples for a deeper search, e.g. nightly: MVI_HOSTILE_SCALE=20 pytest ...
SCALE = max(1, int(os.environ.get("MVI_HOSTILE_SCALE", "1")))
COMMON = settings(
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)


@settings(COMMON, max_examples=300 * SCALE)
@given(data=plan_files())
def test_validate_never_crashes_and_never_writes(
    data: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    with _plan_on_disk(data) as (path, _):
        mtime = os.stat(path).st_mtime_ns
        rc = main(["validate", str(path)])
        out, err = capsys.readouterr()
        _assert_clean_output(rc, out, err)
        event(f"validate exit {rc}")  # see --hypothesis-show-statistics
        for line in err.splitlines():
            # One problem per line, each naming the file (a plan cannot forge lines).
            assert line.startswith(str(path)), line
        rc_json = main(["validate", "--json", str(path)])
        out, err = capsys.readouterr()
        _assert_clean_output(rc_json, out, err)
        assert rc_json == rc
        assert json.loads(out)["valid"] is (rc == 0)
        assert path.read_bytes() == data
        assert os.stat(path).st_mtime_ns == mtime
        assert sorted(p.name for p in path.parent.iterdir()) == ["plan.toml"]


@settings(COMMON, max_examples=120 * SCALE)
@given(
    # Half of them keep the plan's shape and change only prose, so that many get past
    # validation and their strings travel through every renderer.
    data=st.one_of(plan_files(), plan_files(kinds=("text",))),
    formats=st.sampled_from(["md,html,ocds,toml", "md,docx", "html"]),
)
def test_export_never_crashes_and_never_writes_the_input(
    data: bytes, formats: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with _plan_on_disk(data) as (path, out_dir):
        mtime = os.stat(path).st_mtime_ns
        rc = main(["export", str(path), "-o", str(out_dir), "-f", formats])
        out, err = capsys.readouterr()
        _assert_clean_output(rc, out, err)
        files = len(list(out_dir.glob("*"))) if out_dir.exists() else 0
        event(f"export exit {rc}, {'some' if files else 'no'} files written")
        assert path.read_bytes() == data
        assert os.stat(path).st_mtime_ns == mtime
        assert sorted(p.name for p in path.parent.iterdir()) == ["plan.toml"]
        # Everything written is a plain file directly inside the output folder.
        for written in out_dir.rglob("*"):
            assert written.parent == out_dir and written.is_file(), written
        # A plan that exports cleanly exports a plan file that loads again.
        for toml_out in out_dir.glob("*.toml"):
            assert main(["validate", str(toml_out)]) == 0, capsys.readouterr().err
            capsys.readouterr()


def test_huge_integer_is_a_message_with_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Regression: tomllib let Python's 4300-digit int limit escape as a ValueError."""
    path = tmp_path / "plan.toml"
    path.write_text('[organisation]\nname = "x"\nyearly_spend_eur = ' + "9" * 5000 + "\n")
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"{path}:3:20: number with too many digits (at most 4300)"


def test_a_plan_cannot_forge_output_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Regression: keys and ids with line breaks or bidi overrides came out raw on stderr."""
    base = dict(BASES[0])
    bad_key = {**base, "organisation": {**base["organisation"], "x\nplan.toml: ok": 1}}
    bad_id = {**base, "procurements": [{**base["procurements"][0], "product_group": "a\rb\u202ec"}]}
    path = tmp_path / "plan.toml"
    for doc, shown in ((bad_key, "x\\nplan.toml: ok"), (bad_id, "a\\rb\\u202ec")):
        path.write_text(tomli_w.dumps(doc), encoding="utf-8")
        assert main(["validate", str(path)]) == 1
        err = capsys.readouterr().err
        assert len(err.splitlines()) == 1 and err.startswith(f"{path}: "), err
        assert shown in err


def _nasty_files() -> dict[str, str]:
    """A few fixed files for the end-to-end runs, one per family of hostility."""
    good = (example_plans()[0]).read_text(encoding="utf-8")
    return {
        "deep.toml": "x = " + "[" * 5000 + "]" * 5000 + "\n" + good,
        "bigint.toml": "n = " + "7" * 6000 + "\n" + good,
        "nan.toml": good.replace("value_eur = ", "value_eur = nan #", 1).replace(
            "yearly_spend_eur = ", "yearly_spend_eur = -inf #", 1
        ),
        "shapes.toml": tomli_w.dumps(
            {"organisation": [1, 2], "procurements": {"0": {"id": "x"}}, "ambitions": "all"}
        ),
        "unicode.toml": good.replace(
            'name = "', 'name = "\\u202e\\u0000👩‍👩‍👧 e\\u0301 <script>{{ 7*7 }}', 1
        ),
    }


def test_nasty_files_through_a_real_process(tmp_path: Path) -> None:
    """The same promise end to end: a real `mvi`, real stderr, real exit codes."""
    files = _nasty_files()
    for name, text in files.items():
        path = tmp_path / "in" / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in (tmp_path / "in").iterdir()}
    result = run_mvi("validate", str(tmp_path / "in"))
    _assert_clean_output(result.returncode, result.stdout, result.stderr)
    assert result.returncode == 1
    for name in files:
        assert name in result.stderr or name in result.stdout, name
    result = run_mvi(
        "export", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-f", "md,html,docx,ocds"
    )
    _assert_clean_output(result.returncode, result.stdout, result.stderr)
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in (tmp_path / "in").iterdir()}
    assert after == before
