"""No English UI string on a German page.

The coordinator of the test world walks every page reachable by links from the municipality's
start page, the version overview and the draft consultation, in German (the default), and no
visible text may contain an English msgid of the German catalogue whose German differs from it:
such a string was left out of {% translate %}, or its msgid does not match the catalogue.
"""

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import polib
import pytest
from django.urls import reverse
from django.utils import timezone

from kompass.indicators.models import IndicatorKind

from ..factories import IndicatorFactory
from ..surveys.conftest import make_survey

CATALOGUE = (
    Path(__file__).resolve().parents[2]
    / "src"
    / "kompass"
    / "locale"
    / "de"
    / "LC_MESSAGES"
    / "django.po"
)
# Downloads, feeds and files are no pages to read.
NOT_A_PAGE = re.compile(r"\.(pdf|docx|xlsx|csv|zip|png|svg|css|js|json|ics|odt|ods)$|/(pdf|docx)/$")
MAX_PAGES = 400
VISIBLE_ATTRIBUTES = {"title", "placeholder", "aria-label", "alt"}
PLACEHOLDER = re.compile(r"%(\([^)]*\))?[sdfr]|\{[^}]*\}")


def english_strings() -> set[str]:
    """The catalogue's msgids of 12 characters or more that German says differently.

    Texts with placeholders are split at them; a piece of 12 characters or more still is English.
    """
    found = set()
    for entry in polib.pofile(str(CATALOGUE)):
        if entry.obsolete or "fuzzy" in entry.flags:
            continue
        german = entry.msgstr or (entry.msgstr_plural or {}).get(0, "")
        pairs = [(entry.msgid, german)]
        if entry.msgid_plural:
            pairs.append((entry.msgid_plural, (entry.msgstr_plural or {}).get(1, "")))
        for english, translated in pairs:
            if not translated or translated == english:
                continue
            for piece in PLACEHOLDER.split(english):
                piece = " ".join((piece or "").split())
                # one word alone ("organisation") may well be part of a German word
                if len(piece) >= 12 and " " in piece and piece not in translated:
                    found.add(piece)
    return found


class VisibleText(HTMLParser):
    """The text a reader sees (no scripts, styles or templates) and the links of a page."""

    HIDDEN = {"script", "style", "template", "noscript"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.links = []
        self.lang = None
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag in self.HIDDEN:
            self._hidden += 1
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        for name in VISIBLE_ATTRIBUTES & attrs.keys():
            if attrs[name]:
                self.parts.append(attrs[name])
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.parts.append(attrs["value"])

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self._hidden:
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)

    @property
    def text(self):
        return " ".join(" ".join(self.parts).split())


def crawl(client, start_urls, prefix):
    """The visible text of every German HTML page under ``prefix`` reachable by GET links from
    the start URLs (a page shown on purpose in another language, such as a survey preview in
    English, is followed but not read)."""
    queue, seen, pages = list(start_urls), set(start_urls), {}
    while queue and len(pages) < MAX_PAGES:
        url = queue.pop(0)
        response = client.get(url)
        assert response.status_code in (200, 302, 403, 405), (url, response.status_code)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        parser = VisibleText()
        parser.feed(response.content.decode())
        if (parser.lang or "de").startswith("de"):
            pages[url] = parser.text
        for href in parser.links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path.startswith(prefix):
                continue
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            if target not in seen and not NOT_A_PAGE.search(parts.path):
                seen.add(target)
                queue.append(target)
    return pages


def english_on(pages, candidates):
    """The candidates each page shows as whole words, by page."""
    found = {}
    for url, text in pages.items():
        hits = sorted(
            s for s in candidates if s in text and re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text)
        )
        if hits:
            found[url] = hits
    return found


def test_the_candidates_are_english_ui_strings():
    candidates = english_strings()
    assert "Fields of action, goals and measures" in candidates
    assert not any("Handlungsfelder" in s for s in candidates)


def test_the_check_finds_an_untranslated_string():
    """The check itself can fail: an English catalogue string on a page is reported."""
    candidates = english_strings()
    pages = {"/x/": "Übersicht Fields of action, goals and measures – Stand 2025"}
    assert "Fields of action, goals and measures" in english_on(pages, candidates)["/x/"]
    assert english_on({"/y/": "Handlungsfelder, Ziele und Maßnahmen"}, candidates) == {}


@pytest.fixture
def consultation_world(world):
    """The test world with an open consultation, a context indicator, a survey and an offer."""
    from kompass.actors.models import Actor, ActorType, Offer
    from kompass.participation.models import Consultation

    world.consultation = Consultation.objects.create(
        municipality=world.town,
        version=world.version,
        title="Entwurf zur Diskussion",
        opens_on=timezone.localdate(),
        is_public=True,
    )
    IndicatorFactory(
        field=world.field,
        name="Anteil der Bevölkerung mit Einwanderungsgeschichte",
        kind=IndicatorKind.CONTEXT,
    )
    make_survey(world.town)
    actor = Actor.objects.create(
        municipality=world.town, name="Stadtteilverein Nord e. V.", actor_type=ActorType.CLUB
    )
    Offer.objects.create(municipality=world.town, title="Hausaufgabenhilfe", provider=actor)
    return world


class MissingGerman:
    """Records every text a German page asks the catalogue for and does not find.

    Such a text (a msgid that makemessages has not collected or nobody translated) would be shown
    in English, whether or not an older catalogue happens to hold it. A text that is itself a
    German translation (a language name shown as "Deutsch") is German already.
    """

    def __init__(self, monkeypatch):
        from django.utils.translation import trans_real

        self.missing = set()
        german = {entry.msgstr for entry in polib.pofile(str(CATALOGUE)) if entry.msgstr}
        original = trans_real.DjangoTranslation.gettext

        def gettext(translation, message):
            result = original(translation, message)
            if (
                translation.language() == "de"
                and result == message
                and message not in translation._catalog
                and message not in german
                and re.search(r"[A-Za-z]{2}", message)
            ):
                self.missing.add(message.split("\x04")[-1])
            return result

        monkeypatch.setattr(trans_real.DjangoTranslation, "gettext", gettext)


def test_the_recorder_finds_a_text_without_german(db, monkeypatch):
    from django.utils import translation

    recorder = MissingGerman(monkeypatch)
    with translation.override("de"):
        assert translation.gettext("Fields of action, goals and measures") != ""
        translation.gettext("A text nobody has translated yet")
        translation.gettext("German")
    assert recorder.missing == {"A text nobody has translated yet"}


def test_no_english_ui_string_on_the_german_pages(consultation_world, client, monkeypatch):
    world = consultation_world
    client.force_login(world.users["coordination"])
    slug = world.town.slug
    start = [
        reverse("municipality_home", args=[slug]),
        reverse("version_overview", args=[slug, world.version.pk]),
        reverse("consultation_detail", args=[slug, world.consultation.pk]),
        reverse("participation_overview", args=[slug, world.version.pk]),
    ]
    recorder = MissingGerman(monkeypatch)
    pages = crawl(client, start, prefix=f"/{slug}/")

    assert len(pages) > 30  # the walk reached the pages behind the navigation
    found = english_on(pages, english_strings())
    assert found == {}, "\n".join(f"{url}: {hits}" for url, hits in found.items())
    missing = sorted(recorder.missing)
    assert missing == [], "No German for:\n" + "\n".join(missing)
