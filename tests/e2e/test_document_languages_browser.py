"""In a real browser: the Arabic concept document reads right to left and passes axe-core."""

import pytest

from tests.documents.test_languages import TITLE_AR, _translate

from .test_browser import SCREENSHOTS, axe_violations, browser_page  # noqa: F401 – fixture

pytestmark = pytest.mark.e2e


def test_arabic_document_is_right_to_left_and_accessible(live_server, world, browser_page):  # noqa: F811
    from tests.factories import PASSWORD

    _translate(world.version)
    page = browser_page
    page.goto(f"{live_server.url}/konto/anmelden/")
    page.get_by_label("Benutzername").fill(world.users["coordination"].username)
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_load_state()

    page.goto(f"{live_server.url}/{world.town.slug}/fassungen/{world.version.pk}/dokumente/")
    page.get_by_role("link", name="Arabisch").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text() == TITLE_AR
    # Right to left: the title ends at the right edge of the cover, not at the left.
    box = page.locator("h1").bounding_box()
    cover = page.locator(".cover__body").bounding_box()
    assert box["x"] + box["width"] > cover["x"] + cover["width"] - 40
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "document-ar.png"), full_page=True)
    assert axe_violations(page) == []
