"""In a real browser: coordination translates a text into Arabic; the pages pass axe-core."""

import pytest

from .test_browser import SCREENSHOTS, axe_violations, browser_page  # noqa: F401

pytestmark = pytest.mark.e2e


def test_coordinator_translates_into_arabic_and_leichte_sprache(live_server, world, browser_page):  # noqa: F811
    from kompass.concepts.models import FieldOfAction
    from kompass.translations import services
    from kompass.translations.models import ContentTranslation
    from tests.factories import PASSWORD

    for code in ("ar", "ls"):
        services.version_language_add(version=world.version, language=code)
    services.translations_save(
        version=world.version,
        language="ls",
        changes=[(world.field, "name", "Lernen", "Bildung")],
        acting_user=None,
    )
    FieldOfAction.objects.filter(pk=world.field.pk).update(name="Bildung und Ausbildung")
    page = browser_page
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.goto(f"{live_server.url}/konto/anmelden/")
    page.get_by_label("Benutzername").fill(world.users["coordination"].username)
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()

    base = f"{live_server.url}/{world.town.slug}/fassungen/{world.version.pk}/uebersetzungen/"
    page.goto(base)
    assert axe_violations(page) == []

    page.goto(f"{base}ar/?teil=fields")
    textarea = page.locator("textarea").first
    assert textarea.get_attribute("dir") == "rtl" and textarea.get_attribute("lang") == "ar"
    textarea.fill("التعليم والتدريب")
    page.screenshot(path=str(SCREENSHOTS / "translations-arabic.png"), full_page=True)
    assert axe_violations(page) == []
    page.locator("form.translation-form button[type=submit]").click()
    page.wait_for_selector(".message--success")
    assert ContentTranslation.objects.filter(language="ar", text="التعليم والتدريب").exists()

    # Leichte Sprache: the outdated translation with the German then and now
    page.goto(f"{base}ls/?teil=fields")
    assert page.locator("ins").first.is_visible()
    assert page.locator("textarea").first.get_attribute("lang") == "de-x-ls"
    page.screenshot(path=str(SCREENSHOTS / "translations-leichte-sprache.png"), full_page=True)
    assert axe_violations(page) == []
