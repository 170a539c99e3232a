"""Escaping plan texts for Markdown, HTML and Word, and marking placeholders.

Plan texts are written by people and may contain anything: `<script>`, `*`, `[x](y)`,
`# heading`, `{{ 7*7 }}`. In Markdown each character that can start inline markup is
backslash-escaped (CommonMark allows that for all ASCII punctuation), `<`, `>` and `&`
become entities so no HTML gets through, and a line that would start a heading, quote or
list is neutralised. Characters that are harmless where they stand stay as they are, so
the raw file still reads well. Placeholders (`[[...]]`) keep their brackets so a reader
of the raw file recognises them; a `(` right after one is escaped so it never forms a
link. For Word only the characters XML cannot hold are dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markupsafe import Markup, escape

from mvi_tui.export.docmodel import PLACEHOLDER_RE

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_SPECIAL = re.compile(r"[\\`*_\[\]|~&<>]")
_TOKENS = re.compile(r"\[\[([^\[\]\n]{1,300})\]\](\(?)|[\\`*_\[\]|~&<>]")
# Tokens that start a block at the beginning of a line: heading, list, setext underline.
_LINE_START = re.compile(r"^([#+=-]|\d{1,9}[.)])", re.MULTILINE)


def _char(c: str) -> str:
    return _ENTITIES.get(c) or "\\" + c


def _token(m: re.Match[str]) -> str:
    inner = m.group(1)
    if inner is None:
        return _char(m.group())
    paren = "\\(" if m.group(2) else ""
    return "[[" + _SPECIAL.sub(lambda c: _char(c.group()), inner) + "]]" + paren


def _line_start(m: re.Match[str]) -> str:
    token = m.group(1)
    return token[:-1] + "\\" + token[-1] if token[0].isdigit() else "\\" + token


# Most texts of a document are the fixed paragraphs and labels, the same in every plan;
# caching their escaped form saves the regular expressions on each repetition.


@lru_cache(maxsize=8192)
def _inline(text: str) -> Markup:
    return Markup(_TOKENS.sub(_token, " ".join(text.split())))


@lru_cache(maxsize=8192)
def _block(text: str) -> str:
    if "\n" in text:
        # Leading spaces would turn a line into a code block.
        text = "\n".join(line.strip() for line in text.split("\n"))
    else:
        text = text.strip()
    return _LINE_START.sub(_line_start, _TOKENS.sub(_token, text))


def md_inline(value: object) -> Markup:
    """Text for the middle of a line (headings, cells, list items): one line, escaped."""
    if isinstance(value, Markup):
        return value
    return _inline(str(value))


def md_escape(value: object) -> str:
    """Text that may stand at the start of a line (paragraphs): also block markers escaped.

    Escaped text (`Markup`, from the filters) is returned as it is, not copied.
    """
    if isinstance(value, Markup):
        return value
    return _block(str(value))


def md_item(value: object) -> Markup:
    """A list item: one line, escaped, and a leading `1.` or `-` cannot nest a list."""
    if isinstance(value, Markup):
        return value
    return Markup(md_escape(" ".join(str(value).split())))


def md_cell(value: object) -> Markup:
    """A table cell: one line, escaped, `|` included."""
    return md_inline(value)


def html_marked(value: object) -> Markup:
    """Escaped HTML with each `[[...]]` wrapped in `<mark class="todo">`."""
    return _marked(str(value))


@lru_cache(maxsize=8192)
def _marked(value: str) -> Markup:
    text = escape(value)
    if "[[" not in text:
        return text
    return Markup(PLACEHOLDER_RE.sub(r'<mark class="todo">[[\1]]</mark>', str(text)))


def html_value(value: object) -> Markup:
    """Autoescaping as a `finalize`: escaped HTML is passed on as it is, the rest escaped.

    Jinja2's own autoescape calls markupsafe's `escape` on every value, which copies a
    value that is already `Markup` (all of `|todo`'s); here it passes unchanged, and the
    texts that repeat in every document are escaped once.
    """
    if isinstance(value, Markup):
        return value
    return _escaped(str(value))


@lru_cache(maxsize=8192)
def _escaped(value: str) -> Markup:
    return escape(value)


def xml_safe(text: str) -> str:
    """Text for a Word file: without the characters XML 1.0 cannot hold (control
    characters), which python-docx and lxml refuse."""
    if text.isprintable():
        return text
    return "".join(
        c
        for c in text
        if c in "\t\n" or (c.isprintable() or ord(c) >= 0xA0) and c not in "\ufffe\uffff"
    )
