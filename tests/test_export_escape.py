"""Plan texts stay text: `<script>` and `{{ 7*7 }}` come out escaped and inert everywhere."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date

import docx
import pytest
from markdown_it import MarkdownIt

from mvi_tui.core.planfile import load_plan
from mvi_tui.export.document import build_document
from mvi_tui.export.escape import html_marked, md_escape, md_inline, md_item
from mvi_tui.export.ocds import build_release_package, render_ocds
from mvi_tui.export.render_docx import render_docx
from mvi_tui.export.templating import render_html, render_markdown
from tests.conftest import EXAMPLES
from tests.export_support import HOSTILE, hostile_plan, ocds_errors

TODAY = date(2026, 12, 1)
MD = MarkdownIt("commonmark").enable("table")


@pytest.fixture(scope="module")
def hostile(catalogue):  # noqa: ANN001, ANN201
    plan = hostile_plan()
    proc = plan.procurements[0]
    return plan, proc, build_document(plan, proc, catalogue, "nl", today=TODAY)


def test_markdown_is_inert(hostile) -> None:  # noqa: ANN001
    _, _, doc = hostile
    md = render_markdown(doc)
    html = MD.render(md)
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as text
    assert "<a " not in html and "href=" not in html  # no link was formed
    assert "{{ 7*7 }}" in html and "</script> 49" not in html
    assert "<code>" not in html  # the indented line did not become a code block
    # The description's "1. lijst" and "- item" did not become lists.
    assert "<ol>" not in html


def test_html_is_escaped(hostile) -> None:  # noqa: ANN001
    _, _, doc = hostile
    html = render_html(doc)
    body = html.split("</style>", 1)[1]
    assert "<script" not in body and "<img" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "{{ 7*7 }}" in body and "</script> 49" not in body
    assert "javascript:alert(1)" in body  # as text, never in an attribute
    assert 'href="javascript' not in body


def test_docx_holds_plain_text(hostile) -> None:  # noqa: ANN001
    plan, proc, doc = hostile
    data = render_docx(doc, proc.title)
    d = docx.Document(io.BytesIO(data))
    text = "\n".join(p.text for p in d.paragraphs)
    assert "<script>alert(1)</script>" in text and "{{ 7*7 }}" in text
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    assert "<script>" not in xml  # escaped as &lt;script&gt; in the XML
    assert "&lt;script&gt;" in xml
    assert xml.count("<w:instrText") == 1  # only our own TOC field, none from the plan
    assert d.core_properties.author.startswith("Gemeente <script>")


def test_ocds_holds_plain_strings(hostile, catalogue) -> None:  # noqa: ANN001
    plan, proc, _ = hostile
    package = build_release_package(plan, proc, catalogue, today=TODAY, source="x")
    data = json.loads(render_ocds(package))
    assert ocds_errors(data) == []
    tender = data["releases"][0]["tender"]
    assert tender["title"] == f"Meubilair {HOSTILE}"
    assert tender["procurementMethodRationale"] == HOSTILE


@pytest.mark.parametrize(
    ("text", "must_not"),
    [
        ("<b>x</b>", "<b>"),
        ("[klik](javascript:alert(1))", "<a"),
        ("![img](x.png)", "<img"),
        ("*nadruk*", "<em>"),
        ("__vet__", "<strong>"),
        ("`code`", "<code>"),
        ("# kop", "<h1>"),
        ("1. lijst", "<ol>"),
        ("- lijst", "<ul>"),
        ("> citaat", "<blockquote>"),
        ("    code", "<code>"),
        ("regel\n===", "<h1>"),
        ("a | b\n--- | ---", "<table>"),
        ("[[plek]](javascript:x)", "<a"),
        ("&lt;script&gt;", "<script"),
        ("<https://example.org>", "<a"),
        ("[a]: https://example.org\n\n[a]", "<a"),
    ],
)
def test_md_escape_neutralises_markup(text: str, must_not: str) -> None:
    for escaped in (md_escape(text), md_item(text)):
        html = MD.render(escaped)
        assert must_not not in html, (text, escaped, html)
    assert must_not not in MD.render(f"# {md_inline(text)}").replace("<h1>", "", 1)


def test_md_escape_keeps_text_readable() -> None:
    assert md_escape("Vul [[datum]] in (zie 3.4).") == "Vul [[datum]] in (zie 3.4)."
    assert md_escape("10% korting, 1.000 euro") == "10% korting, 1.000 euro"
    html = MD.render(md_escape("a < b & c > d [[x]] *y*"))
    assert "a &lt; b &amp; c &gt; d [[x]] *y*" in html


def test_html_marks_placeholders() -> None:
    assert str(html_marked("Vul [[<datum>]] in")) == (
        'Vul <mark class="todo">[[&lt;datum&gt;]]</mark> in'
    )


def test_builtin_html_is_the_same_under_jinja_autoescape(hostile, tmp_path, catalogue) -> None:  # noqa: ANN001
    """The built-in page escapes through `finalize`; Jinja2's autoescape gives the same page.

    A template folder with only a Markdown template makes the HTML come from the built-in
    template in the autoescaping environment that organisations' templates get.
    """
    (tmp_path / "document.md.j2").write_text("{{ doc.title }}", "utf-8")
    docs = [hostile[2]]
    for path in sorted(EXAMPLES.glob("*.toml")):
        plan, _ = load_plan(path, "en", catalogue)
        for proc in plan.tenders():
            docs += [
                build_document(plan, proc, catalogue, lang, today=TODAY) for lang in ("nl", "en")
            ]
    for doc in docs:
        assert render_html(doc) == render_html(doc, str(tmp_path))
