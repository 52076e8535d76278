"""The narrative sanitiser: the whitelist stays, everything else goes."""

import pytest

from kompass.core.sanitize import clean_rich_text, sanitize_html, text_to_html


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("<p>Hallo<script>alert(1)</script> Welt</p>", "<p>Hallo Welt</p>"),
        ("<script>alert(1)", ""),
        ("<SCRIPT SRC=//evil.example/x.js></SCRIPT><p>Text</p>", "<p>Text</p>"),
        ('<p onclick="alert(1)" onmouseover=x>Klick</p>', "<p>Klick</p>"),
        ('<p style="color:red">rot</p>', "<p>rot</p>"),
        ("<style>p{}</style><p>ohne Stil</p>", "<p>ohne Stil</p>"),
        ('<a href="javascript:alert(1)">Link</a>', "Link"),
        ('<a href="JaVaScRiPt:alert(1)">Link</a>', "Link"),
        ('<a href="java\nscript:alert(1)">Link</a>', "Link"),
        ('<a href="&#106;avascript:alert(1)">Link</a>', "Link"),
        ('<a href=" javascript:alert(1)">Link</a>', "Link"),
        ('<a href="data:text/html;base64,PHNjcmlwdD4=">Link</a>', "Link"),
        ('<a href="/relativ">Link</a>', "Link"),
        ('<img src=x onerror="alert(1)">Bild', "Bild"),
        ('<svg onload="alert(1)"><circle/></svg>Text', "Text"),
        ('<iframe src="https://evil.example"></iframe>Text', "Text"),
        ("<scr<script>ipt>alert(1)</script>", "ipt&gt;alert(1)"),
        ("<!-- <script>alert(1)</script> -->Text", "Text"),
        ("<p>offen<strong>fett", "<p>offen<strong>fett</strong></p>"),
        ("<p>a</strong>b</p>", "<p>ab</p>"),
        ('<div class="x"><span>Text</span></div>', "Text"),
        ("<p>5 &lt; 6 &amp; 7 &gt; 3</p>", "<p>5 &lt; 6 &amp; 7 &gt; 3</p>"),
        ("<p>&lt;script&gt;</p>", "<p>&lt;script&gt;</p>"),
    ],
)
def test_dangerous_markup_is_removed(dirty, clean):
    assert sanitize_html(dirty) == clean


def test_allowed_markup_is_kept():
    html = (
        "<h3>Titel</h3><h4>Unter</h4><p>Ein <strong>fetter</strong> und <em>kursiver</em> Text"
        "<br>neue Zeile</p><ul><li>eins</li></ul><ol><li>zwei</li></ol>"
        "<blockquote><p>Zitat</p></blockquote>"
    )
    assert sanitize_html(html) == html


def test_links_keep_only_a_safe_address():
    assert sanitize_html('<a href="https://example.org/a?b=1&amp;c=2" title="x">Seite</a>') == (
        '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">Seite</a>'
    )
    assert sanitize_html('<a href="mailto:info@example.org">Mail</a>') == (
        '<a href="mailto:info@example.org" rel="noopener noreferrer">Mail</a>'
    )
    assert "onclick" not in sanitize_html('<a href="https://x.example" onclick="y">z</a>')


def test_b_and_i_become_strong_and_em():
    assert sanitize_html("<b>a</b><i>b</i>") == "<strong>a</strong><em>b</em>"


def test_sanitising_twice_changes_nothing():
    once = sanitize_html('<p onclick="x">a<script>b</script><a href="https://e.example">c</a></p>')
    assert sanitize_html(once) == once


def test_plain_text_becomes_paragraphs_and_lists():
    text = "Erster Absatz\nmit zwei Zeilen.\n\n- eins\n- zwei <b>\n\nEnde"
    assert text_to_html(text) == (
        "<p>Erster Absatz<br>mit zwei Zeilen.</p><ul><li>eins</li><li>zwei &lt;b&gt;</li></ul>"
        "<p>Ende</p>"
    )
    plain = "Absatz eins.\n\nAbsatz zwei."
    assert clean_rich_text(plain) == "<p>Absatz eins.</p><p>Absatz zwei.</p>"
    assert clean_rich_text("<p>Markup</p>") == "<p>Markup</p>"
    assert clean_rich_text("   ") == ""
