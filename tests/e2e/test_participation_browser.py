"""In a real browser: cards entered by keyboard only, and a contribution looked up by its code."""

import pytest
from django.apps import apps

from kompass.participation.catalogue import load_formats

from .test_browser import SCREENSHOTS, axe_violations, browser_page  # noqa: F401 (fixture)

pytestmark = pytest.mark.e2e


@pytest.fixture(autouse=True)
def shipped_formats(transactional_db):
    model = apps.get_model("participation", "ParticipationFormat")
    if not model.objects.exists():
        load_formats(model)


def test_cards_by_keyboard_and_lookup_by_code(live_server, world, browser_page):  # noqa: F811
    from kompass.participation.models import Contribution, ContributionSource
    from kompass.participation.services import (
        contribution_create,
        contribution_decide,
        response_publish,
    )
    from tests.factories import PASSWORD
    from tests.participation.conftest import make_event

    page = browser_page
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    event = make_event(world.version)
    slug = world.town.slug

    page.goto(f"{live_server.url}/konto/anmelden/")
    page.get_by_label("Benutzername").fill(world.users["facilitator"].username)
    page.get_by_label("Passwort").fill(PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_load_state()

    page.goto(f"{live_server.url}/{slug}/beteiligung/veranstaltungen/{event.pk}/karten/")
    textarea = page.locator("textarea[name=text]")
    textarea.focus()
    page.keyboard.type("@T1R1 !idee")
    page.keyboard.press("Enter")
    page.keyboard.type("#bildung Mehr Sprachkurse am Abend")
    page.keyboard.press("Enter")
    page.keyboard.type("!bedarf Kinderbetreuung während der Kurse")
    page.keyboard.press("Enter")
    page.keyboard.type("@T2 Hausaufgabenhilfe in der Bibliothek")
    page.keyboard.press("Tab")  # to "Preview"
    page.keyboard.press("Enter")
    page.wait_for_selector("#vorschau")
    assert page.locator(".card-preview tbody tr").count() == 3
    assert axe_violations(page) == []
    page.screenshot(path=str(SCREENSHOTS / "participation-cards.png"), full_page=True)
    page.locator("textarea[name=text]").focus()
    page.keyboard.press("Tab")  # Preview
    page.keyboard.press("Tab")  # Save 3 cards
    page.keyboard.press("Enter")
    page.wait_for_selector("#beitraege")
    cards = list(Contribution.objects.filter(event=event).order_by("position"))
    assert [c.text for c in cards][0] == "Mehr Sprachkurse am Abend"
    assert len(cards) == 3 and cards[0].field == world.field and cards[2].table_number == 2

    online = contribution_create(
        version=world.version,
        source=ContributionSource.ONLINE,
        text="Informationen in einfacher Sprache",
        with_reference_code=True,
    )
    contribution_decide(
        contribution=online,
        outcome="adopted",
        goal=world.goal,
        reason="In das Ziel übernommen.",
        acting_user=world.users["coordination"],
    )
    response_publish(acting_user=None, publish=True, version=world.version)

    context = page.context.browser.new_context(locale="de-DE", bypass_csp=True)
    public = context.new_page()
    public.goto(f"{live_server.url}/oeffentlich/{slug}/beteiligung/beitrag/")
    assert axe_violations(public) == []
    public.locator("input[name=code]").fill(online.reference_code.lower())
    public.keyboard.press("Enter")
    public.wait_for_selector("#antwort")
    assert "In das Ziel übernommen." in public.content()
    assert axe_violations(public) == []
    public.screenshot(path=str(SCREENSHOTS / "participation-lookup.png"), full_page=True)
