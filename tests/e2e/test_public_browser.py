"""In a real browser: the public site without an account, in German and Arabic; axe-core
finds no WCAG 2.1 AA violations on any of its pages."""

import pytest

from kompass.translations import services as translation_services

from ..public.conftest import site  # noqa: F401 (fixture)
from .test_browser import SCREENSHOTS, axe_violations, browser_page  # noqa: F401 (fixture)

pytestmark = pytest.mark.e2e


@pytest.fixture
def arabic(world, site):  # noqa: F811
    entry = translation_services.version_language_add(version=world.version, language="ar")
    translation_services.translations_save(
        version=world.version,
        language="ar",
        changes=[
            (world.version.concept, "title", "تشكيل التنوع 2030", world.version.concept.title),
            (world.field, "name", "التعليم", world.field.name),
            (world.measure, "title", "دورات لغة للأهالي", world.measure.title),
        ],
        acting_user=world.users["coordination"],
    )
    translation_services.version_language_publish(entry=entry, publish=True)


def test_resident_reads_the_public_site_in_german_and_arabic(
    live_server,
    world,
    site,  # noqa: F811
    arabic,
    browser_page,  # noqa: F811
):
    page = browser_page
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    base = f"{live_server.url}/oeffentlich/{world.town.slug}/"

    # the start page: the adopted concept, without an account
    page.goto(base)
    assert page.locator("html").get_attribute("lang") == "de"
    assert page.get_by_role("heading", name="Vielfalt gestalten 2030").is_visible()
    assert axe_violations(page) == []
    page.screenshot(path=str(SCREENSHOTS / "public-start.png"), full_page=True)

    # the concept document in German, reached through the site's navigation
    page.locator(".public-nav a").nth(1).click()
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.locator("h1").first.inner_text().startswith("Vielfalt gestalten 2030")
    assert axe_violations(page) == []

    # the same document in Arabic: right to left
    page.get_by_role("link", name="العربية").click()
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    assert "تشكيل التنوع 2030" in page.locator("h1").first.inner_text()
    assert axe_violations(page) == []
    page.screenshot(path=str(SCREENSHOTS / "public-concept-arabic.png"))

    # the progress page keeps the language
    page.goto(base + "fortschritt/?sprache=ar")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.get_by_text("دورات لغة للأهالي").is_visible()
    assert axe_violations(page) == []
    page.screenshot(path=str(SCREENSHOTS / "public-progress-arabic.png"), full_page=True)

    # German progress page with its chart and data table, and the accessibility statement
    page.goto(base + "fortschritt/")
    assert page.get_by_text(world.measure.title).is_visible()
    page.get_by_text("Datentabelle").first.click()
    assert axe_violations(page) == []
    page.locator(".public-legal a").last.click()
    assert page.get_by_text("Diagramme sind nur eingeschränkt zugänglich.").is_visible()
    assert axe_violations(page) == []
    assert page.context.cookies() == []

    # a phone: nothing wider than the screen, and no region a keyboard cannot scroll
    page.set_viewport_size({"width": 375, "height": 800})
    for path in ("", "konzept/", "fortschritt/", "barrierefreiheit/"):
        for language in ("de", "ar"):
            page.goto(f"{base}{path}?sprache={language}")
            for table in page.locator("details.chart__data").all():
                table.evaluate("details => { details.open = true; }")
            assert page.evaluate("document.documentElement.scrollWidth") <= 375, path
            assert axe_violations(page) == [], (path, language)
