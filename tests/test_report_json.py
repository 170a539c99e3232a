"""`mvi report -f json` against its documented structure (the schema in docs/report.md).

The schema is read from the documentation itself, so the documentation cannot drift
from the output: a new field fails here until it is documented.
"""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from mvi_tui.core.planfile import load_plan
from mvi_tui.export.report import render
from mvi_tui.export.report_build import build_report
from mvi_tui.export.report_data import PlanSource
from mvi_tui.export.report_json import SCHEMA_VERSION
from tests.conftest import ROOT, example_plans

DOC = ROOT / "docs" / "report.md"


@pytest.fixture(scope="module")
def schema() -> dict:
    text = DOC.read_text(encoding="utf-8")
    match = re.search(
        r"<!-- report-schema: start -->\s*```json\n(.*?)\n```\s*<!-- report-schema: end -->",
        text,
        re.S,
    )
    assert match, "docs/report.md has no schema block"
    data = json.loads(match.group(1))
    jsonschema.Draft202012Validator.check_schema(data)
    return data


@pytest.fixture(scope="module")
def example_report(catalogue):
    sources = [PlanSource(load_plan(p, "en", catalogue)[0], str(p)) for p in example_plans()]
    return build_report(sources, catalogue=catalogue)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_examples_match_the_documented_schema(schema, example_report, catalogue, lang):
    data = json.loads(render(example_report, "json", lang, catalogue=catalogue))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["schema_version"] == SCHEMA_VERSION == 1
    assert data["language"] == lang
    names = [o["name"] for o in data["organisations"]]
    assert names == sorted(names, key=str.casefold)
    assert len(data["benchmark"]["ranking"]) == len(names)
    scores = [r["score"] for r in data["benchmark"]["ranking"]]
    assert scores == sorted(scores, reverse=True)


def test_every_field_is_named_in_the_documentation(schema):
    doc = DOC.read_text(encoding="utf-8").split("<!-- report-schema: start -->")[0]
    fields: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            fields.update(node.get("properties", {}))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    missing = sorted(f for f in fields if f"`{f}`" not in doc)
    assert not missing, missing


def test_empty_report_and_problems_match_the_schema(schema, catalogue):
    from mvi_tui.core.problems import Problem

    report = build_report([], [Problem("x.toml", "bad", path="a.b")], catalogue=catalogue)
    data = json.loads(render(report, "json", "en", catalogue=catalogue))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["organisations"] == [] and data["problems"][0]["path"] == "a.b"
    assert report.failed
