"""Every example in every format and both languages: Markdown, HTML, Word, OCDS, TOML.

Markdown is parsed as CommonMark, the Word file is reopened with python-docx (heading
styles, tables, properties), the OCDS package is validated against the 1.1 schema with
the lots, awardCriteriaBreakdown and sustainability extensions, and the TOML reads back
as the same plan.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from datetime import date

import docx
import pytest
from markdown_it import MarkdownIt

from mvi_tui.core.planfile import dump_plan, load_plan, parse_plan_text
from mvi_tui.core.resolve import resolve_criteria
from mvi_tui.export.document import build_document
from mvi_tui.export.facts import gather
from mvi_tui.export.formatting import percent
from mvi_tui.export.ocds import build_release_package, render_ocds
from mvi_tui.export.render_docx import render_docx
from mvi_tui.export.templating import render_html, render_markdown
from tests.conftest import example_plans
from tests.export_support import OCDS, codes, furniture_plan, lots_plan, ocds_errors

TODAY = date(2026, 12, 1)
MD = MarkdownIt("commonmark").enable("table")


def tenders():  # noqa: ANN201 - (id, path, procurement id) for parametrize
    from mvi_tui.core.catalogue import default_catalogue

    out = []
    for path in example_plans():
        plan, _ = load_plan(path, "en", default_catalogue())
        out += [pytest.param(path, p.id, id=f"{path.stem}:{p.id}") for p in plan.tenders()]
    return out


@pytest.fixture(scope="module")
def rendered(catalogue):  # noqa: ANN001, ANN201
    """Every tender of every example in every format and language, rendered once."""
    cache: dict[tuple[str, str, str], dict[str, object]] = {}

    def get(path, pid: str, lang: str) -> dict[str, object]:  # noqa: ANN001
        key = (str(path), pid, lang)
        if key not in cache:
            plan, _ = load_plan(path, "en", catalogue)
            proc = plan.procurement(pid)
            facts = gather(plan, proc, catalogue, lang)
            doc = build_document(plan, proc, catalogue, lang, today=TODAY, facts=facts)
            package = build_release_package(
                plan, proc, catalogue, lang, facts=facts, today=TODAY, source=path.stem
            )
            cache[key] = {
                "plan": plan,
                "proc": proc,
                "doc": doc,
                "md": render_markdown(doc),
                "html": render_html(doc),
                "docx": render_docx(doc, proc.title),
                "ocds": json.loads(render_ocds(package)),
            }
        return cache[key]

    return get


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(("path", "pid"), tenders())
def test_example_in_every_format(path, pid: str, lang: str, rendered, catalogue) -> None:  # noqa: ANN001
    r = rendered(path, pid, lang)
    doc, proc = r["doc"], r["proc"]
    criteria = resolve_criteria(proc.tender, catalogue, lang)
    weights = [percent(c.weight, lang) for c in criteria if c.weight is not None]
    placeholders = [f"[[{p.text}]]" for p in doc.placeholders]

    # Markdown: every chapter a level-2 heading, every criterion and weight present.
    md = r["md"]
    html_from_md = MD.render(md)
    for chapter in doc.chapters:
        assert f"<h2>{chapter.heading}</h2>" in html_from_md.replace("\\", "")
    for c in criteria:
        assert c.id in md
    for w in weights:
        assert w in md
    tail = md.split(f"## {doc.chapters[-1].heading}")[1]
    for p in placeholders:
        assert p.split("(")[0].rstrip() in tail.replace("\\", "")

    # HTML: one page, chapters, criteria, highlighted placeholders.
    html = r["html"]
    assert html.startswith("<!DOCTYPE html>") and "@media print" in html
    assert f'<html lang="{lang}">' in html
    assert html.count('<section class="chapter"') == len(doc.chapters)
    assert "<script" not in html and "<link" not in html and ' src="' not in html
    for c in criteria:
        assert c.id in html
    if placeholders:
        assert '<mark class="todo">[[' in html

    # Word: heading styles, tables, properties.
    d = docx.Document(io.BytesIO(r["docx"]))
    styles = [(p.style.name, p.text) for p in d.paragraphs]
    h1 = [t for s, t in styles if s == "Heading 1"]
    assert h1 == [c.heading for c in doc.chapters]
    assert [t for s, t in styles if s == "Heading 2"] == [
        s.heading for c in doc.chapters for s in c.sections
    ]
    assert [t for s, t in styles if s == "Heading 3"] == [
        b.heading for _, _, b in doc.blocks() if getattr(b, "kind", "") == "requirement"
    ]
    assert styles[0] == ("Title", doc.title)
    assert len(d.tables) >= 6
    cells = {cell.text for table in d.tables for row in table.rows for cell in row.cells}
    for c in criteria:
        assert any(c.id in cell for cell in cells), c.id
    for w in weights:
        assert w in cells
    props = d.core_properties
    assert props.title == doc.title and props.author == doc.organisation
    assert props.subject == proc.title and props.created.date() == TODAY

    # OCDS: valid, mapped from the plan.
    data = r["ocds"]
    assert ocds_errors(data) == []
    tender = data["releases"][0]["tender"]
    assert tender["mainProcurementCategory"] in codes(
        OCDS / "1.1/codelists/procurementCategory.csv"
    )
    assert tender["procurementMethod"] in codes(OCDS / "1.1/codelists/method.csv")
    assert tender["awardCriteria"] in {"priceOnly", "costOnly", "qualityOnly", "ratedCriteria"}
    assert tender["value"] == {"amount": proc.value_eur, "currency": "EUR"}
    assert tender["items"][0]["classification"]["scheme"] == "CPV"
    assert tender["lots"]
    if proc.lots:
        assert [lot["id"] for lot in tender["lots"]] == [lot.id for lot in proc.lots]
    goals = {g["goal"] for g in tender.get("sustainability", [])}
    themes = {t for c in criteria for t in c.themes}
    assert goals == {catalogue.themes[t].ocds_goal for t in themes}
    if proc.tender.award.method not in ("lowest-price", "lowest-cost"):
        named = {c["name"] for lot in tender["lots"] for c in lot["awardCriteria"]["criteria"]}
        for c in criteria:
            if c.is_award:
                assert c.title in named


@pytest.mark.parametrize("path", example_plans(), ids=lambda p: p.stem)
def test_toml_round_trip(path, catalogue) -> None:  # noqa: ANN001
    plan, _ = load_plan(path, "en", catalogue)
    text = dump_plan(plan)
    again, _ = parse_plan_text(text, "again.toml", "en", catalogue)
    assert again.model_dump() == plan.model_dump()


def test_ocds_mapping_of_a_plan_with_lots(catalogue) -> None:  # noqa: ANN001
    plan = lots_plan()
    proc = plan.procurements[0]
    package = build_release_package(plan, proc, catalogue, "en", today=TODAY, source="x")
    assert ocds_errors(package) == []
    release = package["releases"][0]
    tender = release["tender"]
    assert package["version"] == "1.1" and len(package["extensions"]) == 3
    assert release["tag"] == ["planning", "tender"]
    assert tender["procurementMethod"] == "open"
    assert tender["mainProcurementCategory"] == "goods"
    assert tender["awardCriteria"] == "ratedCriteria"
    assert tender["items"][0]["classification"]["id"] == "39130000"
    lots = {lot["id"]: lot for lot in tender["lots"]}
    for lot_id, weight in (("stoelen", 20), ("bureaus", 30)):
        crits = lots[lot_id]["awardCriteria"]["criteria"]
        assert crits[0] == {
            "type": "price",
            "name": "Price",
            "numbers": [{"number": 40, "weight": "percentageExact"}],
        }
        quality = [c for c in crits if c["type"] == "quality"]
        assert [c["numbers"][0]["number"] for c in quality] == [weight, 35]
    assert tender["contractPeriod"]["startDate"].startswith("2027-06-01")
    assert tender["contractPeriod"]["maxExtentDate"].startswith("2033-05-31")
    goals = {g["goal"]: g["strategies"] for g in tender["sustainability"]}
    assert "technicalSpecifications" in goals["environmental.biodiversityProtectionRestoration"]
    assert "nationalGPPCriteria" in goals["environmental.circularEconomy"]
    assert tender["hasSustainability"] is True


@pytest.mark.parametrize(
    ("procedure", "method"),
    [
        ("open", "open"),
        ("national-open", "open"),
        ("restricted", "selective"),
        ("competitive-dialogue", "selective"),
        ("multiple-quote", "limited"),
        ("negotiated-without-call", "limited"),
        ("single-quote", "direct"),
    ],
)
def test_ocds_procurement_method(procedure: str, method: str, catalogue) -> None:  # noqa: ANN001
    plan = furniture_plan(procedure=procedure)
    package = build_release_package(plan, plan.procurements[0], catalogue, today=TODAY)
    assert package["releases"][0]["tender"]["procurementMethod"] == method
    assert ocds_errors(package) == []


@pytest.mark.parametrize(
    ("award", "code", "kinds"),
    [
        ("lowest-price", "priceOnly", ["price"]),
        ("lowest-cost", "costOnly", ["cost"]),
        ("price-quality-ratio", "ratedCriteria", ["quality", "quality"]),
        ("value-based", "ratedCriteria", ["price", "quality", "quality"]),
    ],
)
def test_ocds_award_criteria(award: str, code: str, kinds: list[str], catalogue) -> None:  # noqa: ANN001
    plan = furniture_plan()
    plan.procurements[0].tender.award.method = award
    package = build_release_package(plan, plan.procurements[0], catalogue, "en", today=TODAY)
    assert ocds_errors(package) == []
    tender = package["releases"][0]["tender"]
    assert tender["awardCriteria"] == code
    lot = tender["lots"][0]
    assert [c["type"] for c in lot["awardCriteria"]["criteria"]] == kinds


def test_docx_has_a_toc_and_highlighted_placeholders(catalogue) -> None:  # noqa: ANN001
    plan = furniture_plan()
    doc = build_document(plan, plan.procurements[0], catalogue, "nl", today=TODAY)
    d = docx.Document(io.BytesIO(render_docx(doc)))
    body = d.element.body.xml
    assert 'TOC \\o "1-3"' in body
    assert 'w:highlight w:val="yellow"' in body
    assert d.sections[0].page_width.cm == pytest.approx(21, abs=0.01)
    assert "stylesWithEffects" not in str([p.partname for p in d.part.package.iter_parts()])


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
def test_docx_converts_to_pdf_with_libreoffice(tmp_path, catalogue) -> None:  # noqa: ANN001
    plan = lots_plan()
    doc = build_document(plan, plan.procurements[0], catalogue, "nl", today=TODAY)
    source = tmp_path / "tender.docx"
    source.write_bytes(render_docx(doc))
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    pdf = tmp_path / "tender.pdf"
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
