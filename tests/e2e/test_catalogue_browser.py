"""In a real browser: coordination adopts indicators from the catalogue into a draft version."""

import pytest

from kompass.indicators.models import Indicator

from .test_browser import SCREENSHOTS, axe_violations, browser_page  # noqa: F401 (fixture)

pytestmark = pytest.mark.e2e


def test_coordinator_adopts_catalogue_indicators(live_server, world, browser_page):  # noqa: F811
    from tests.factories import PASSWORD

    page = browser_page
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.goto(f"{live_server.url}/konto/anmelden/")
    page.get_by_label("Benutzername").fill(world.users["coordination"].username)
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()

    page.get_by_role("link", name="Integrationskonzept").first.click()
    page.get_by_role("link", name="Indikatoren aus dem Katalog").click()
    assert page.get_by_role("heading", name="Indikatorkatalog").is_visible()
    assert axe_violations(page) == []

    page.get_by_label("SGB-II-Quote (Bürgergeld)").check()
    page.get_by_label("Einbürgerungsquote (ausgeschöpftes Einbürgerungspotenzial)").check()
    page.get_by_label("Handlungsfeld").select_option(label="Bildung")
    page.get_by_role("button", name="Ausgewählte Indikatoren übernehmen").first.click()

    assert page.get_by_text("2 Indikatoren wurden aus dem Katalog übernommen.").is_visible()
    page.screenshot(path=str(SCREENSHOTS / "indicator-catalogue.png"))
    page.locator("#thema-legal").screenshot(path=str(SCREENSHOTS / "indicator-catalogue-topic.png"))
    assert axe_violations(page) == []
    assert (
        Indicator.objects.filter(version=world.version, catalogue_entry__isnull=False).count() == 2
    )
