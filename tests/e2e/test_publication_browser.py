"""In a real browser: the publication page (step 12) passes axe-core; the flyer downloads."""

import pytest

from tests.documents.publication_data import furnish

from .test_browser import SCREENSHOTS, axe_violations, browser_page  # noqa: F401 – fixture

pytestmark = pytest.mark.e2e


def test_publication_page_is_accessible_and_offers_the_flyer(live_server, world, browser_page):  # noqa: F811
    from tests.factories import PASSWORD

    furnish(world)
    page = browser_page
    page.goto(f"{live_server.url}/konto/anmelden/")
    page.get_by_label("Benutzername").fill(world.users["coordination"].username)
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_load_state()

    page.goto(
        f"{live_server.url}/{world.town.slug}/fassungen/{world.version.pk}/veroeffentlichung/"
    )
    assert page.locator("textarea#press-text").input_value().count("Beschluss-Nr. 2024/117") >= 1
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "publication.png"), full_page=True)
    assert axe_violations(page) == []

    with page.expect_download() as download:
        page.locator("a[href$='flyer.pdf']").click()
    path = download.value.path()
    with open(path, "rb") as handle:
        assert handle.read(5) == b"%PDF-"
