"""Rich text of the narratives and their translations: a small whitelist, all else removed.

``sanitize_html`` keeps the tags of ``ALLOWED_TAGS`` without any attribute except ``href``
on links, and only http, https and mailto addresses there. Everything else goes: other
tags (their text stays), event handlers, ``style``, comments, processing instructions,
and the *content* of ``script``, ``style`` and similar elements. The result is well
formed: every kept tag is closed in the right order. It runs on save and again on render,
so text stored by an older version of the rules can never reach a page unchecked.

Plain text without any tag is accepted too (``text_to_html``): blank lines separate
paragraphs, lines starting with "- " or "* " become a list.
"""

import html
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = frozenset(
    {"p", "h3", "h4", "ul", "ol", "li", "strong", "em", "a", "blockquote", "br"}
)
VOID_TAGS = frozenset({"br"})
# Elements whose content is code or metadata, never text to show.
DROP_CONTENT = frozenset(
    {
        "script",
        "style",
        "template",
        "iframe",
        "object",
        "embed",
        "noscript",
        "svg",
        "math",
        "title",
        "head",
        "textarea",
        "select",
        "xmp",
        "noembed",
        "noframes",
    }
)
ALIASES = {"b": "strong", "i": "em"}
ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})
# Browsers ignore these inside a scheme ("java\nscript:"); so must the check.
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")


def safe_href(value: str | None) -> str | None:
    """The address if it is an absolute http(s) or mailto URL, otherwise None."""
    if not value:
        return None
    cleaned = _INVISIBLE.sub("", html.unescape(value))
    try:
        parts = urlsplit(cleaned)
    except ValueError:
        return None
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        return None
    if parts.scheme.lower() in {"http", "https"} and not parts.netloc:
        return None
    return cleaned


class _Sanitiser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []
        self.dropping = 0  # depth inside a DROP_CONTENT element

    def handle_starttag(self, tag, attrs):
        tag = ALIASES.get(tag, tag)
        if tag in DROP_CONTENT:
            self.dropping += 1
            return
        if self.dropping or tag not in ALLOWED_TAGS:
            return
        if tag in VOID_TAGS:
            self.out.append(f"<{tag}>")
            return
        if tag == "a":
            href = safe_href(dict(attrs).get("href"))
            if href is None:
                self.out.append("<a>")
            else:
                self.out.append(
                    f'<a href="{html.escape(href, quote=True)}" rel="noopener noreferrer">'
                )
        else:
            self.out.append(f"<{tag}>")
        self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        tag = ALIASES.get(tag, tag)
        if tag in VOID_TAGS and not self.dropping:
            self.out.append(f"<{tag}>")

    def handle_endtag(self, tag):
        tag = ALIASES.get(tag, tag)
        if tag in DROP_CONTENT:
            self.dropping = max(0, self.dropping - 1)
            return
        if self.dropping or tag not in self.open:
            return
        # Close everything opened since, so that the output stays well formed.
        while self.open:
            inner = self.open.pop()
            self.out.append(f"</{inner}>")
            if inner == tag:
                break

    def handle_data(self, data):
        if not self.dropping:
            self.out.append(html.escape(data, quote=False))

    def result(self) -> str:
        self.close()
        while self.open:
            self.out.append(f"</{self.open.pop()}>")
        return "".join(self.out)


def _drop_empty_links(text: str) -> str:
    # A link whose address was refused keeps its text but loses the element.
    return re.sub(r"<a>(.*?)</a>", r"\1", text, flags=re.S)


def sanitize_html(value: str) -> str:
    """``value`` with only the whitelisted markup (see the module docstring)."""
    if not value:
        return ""
    parser = _Sanitiser()
    parser.feed(value)
    return _drop_empty_links(parser.result()).strip()


def text_to_html(text: str) -> str:
    """Plain text to paragraphs and lists (blank line = new paragraph, "- " = list item)."""
    blocks = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        if all(line[:2] in ("- ", "* ") for line in lines):
            items = "".join(f"<li>{html.escape(line[2:].strip())}</li>" for line in lines)
            blocks.append(f"<ul>{items}</ul>")
        else:
            blocks.append("<p>" + "<br>".join(html.escape(line) for line in lines) + "</p>")
    return "".join(blocks)


def clean_rich_text(value: str) -> str:
    """What is stored: plain text turned into markup, markup reduced to the whitelist."""
    value = (value or "").strip()
    if not value:
        return ""
    if not re.search(r"<[a-zA-Z/!?]", value):
        return text_to_html(value)
    return sanitize_html(value)


def render_rich_text(value: str) -> SafeString:
    """Stored rich text for a template: sanitised once more, then marked safe."""
    return mark_safe(sanitize_html(value))  # noqa: S308 – the whitelist above makes it safe
