"""In a real browser: answer a public survey without an account; axe-core finds no violations."""

import pytest
from django.contrib.sessions.models import Session

from kompass.surveys.models import Answer, Response

from ..surveys.conftest import make_survey
from .test_browser import SCREENSHOTS, axe_violations, browser_page  # noqa: F401

pytestmark = pytest.mark.e2e


def test_resident_answers_a_survey_in_german_and_arabic(live_server, world, browser_page):  # noqa: F811
    page = browser_page
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    survey = make_survey(world.town)
    url = f"{live_server.url}/oeffentlich/{world.town.slug}/umfragen/{survey.public_token}/"

    # the Arabic page is right-to-left and passes the audit
    page.goto(url + "?sprache=ar")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert axe_violations(page) == []
    page.screenshot(path=str(SCREENSHOTS / "survey-arabic.png"), full_page=True)

    # in German, sending without the required answers explains what is missing
    page.get_by_role("link", name="Deutsch").click()
    assert page.locator("html").get_attribute("lang") == "de"
    assert axe_violations(page) == []
    page.get_by_role("button", name="Antworten absenden").click()
    assert page.get_by_text("Bitte prüfen Sie Ihre Antworten:").is_visible()
    assert axe_violations(page) == []

    # answer by keyboard-reachable controls: labels are clickable
    page.get_by_label("5 bis 15 Jahre").check()
    page.get_by_label("Beratung").check()
    page.get_by_label("4", exact=True).check()
    page.get_by_label("Was wünschen Sie sich?").fill("Ein Nachbarschaftsfest im Sommer.")
    page.locator("input[name$='_r0'][value='5']").check()
    page.get_by_role("button", name="Antworten absenden").click()

    assert page.get_by_role("heading", name="Vielen Dank!").is_visible()
    assert axe_violations(page) == []
    page.screenshot(path=str(SCREENSHOTS / "survey-thanks.png"), full_page=True)
    assert page.context.cookies() == []
    assert Session.objects.count() == 0
    response = Response.objects.get()
    assert Answer.objects.filter(
        response=response, text="Ein Nachbarschaftsfest im Sommer."
    ).exists()
