"""In a real browser: log in, open the concept overview, edit a measure.

Runs Debian's Chromium through Playwright (no browser download). Screenshots land in
``var/screenshots`` for people to look at.
"""

import os
import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page) -> list[str]:
    """Run axe-core on the current page; return the WCAG 2.1 A/AA rules it finds violated."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_21_AA,
    )
    return [f"{v['id']} ({v['impact']}): {v['nodes'][0]['target']}" for v in result["violations"]]


@pytest.fixture
def browser_page():
    playwright_api = pytest.importorskip("playwright.sync_api")
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        # bypass_csp lets the test inject axe-core; the application itself keeps its strict policy.
        page = browser.new_page(
            viewport={"width": 1280, "height": 900}, locale="de-DE", bypass_csp=True
        )
        yield page
        browser.close()


def test_coordinator_logs_in_opens_the_tree_and_edits_a_measure(live_server, world, browser_page):
    from tests.factories import PASSWORD

    page = browser_page
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    coordinator = world.users["coordination"]

    # log in
    page.goto(f"{live_server.url}/konto/anmelden/")
    assert page.locator("html").get_attribute("lang") == "de"
    assert axe_violations(page) == []
    # the audit does find problems: an unlabelled field added on the fly is reported
    page.evaluate("document.querySelector('main').append(document.createElement('input'))")
    assert any(v.startswith("label") for v in axe_violations(page))
    page.reload()
    page.get_by_label("Benutzername").fill(coordinator.username)
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()

    # the only municipality opens; go to the concept overview
    page.get_by_role("link", name="Integrationskonzept").first.click()
    page.wait_for_selector("#checks")
    assert page.get_by_role("heading", name="Bildung").is_visible()
    page.screenshot(path=str(SCREENSHOTS / "concept-overview.png"), full_page=True)
    assert axe_violations(page) == []

    # open the measure and edit it
    page.get_by_role("link", name=world.measure.title).first.click()
    assert axe_violations(page) == []
    page.get_by_role("link", name="Bearbeiten").click()
    assert axe_violations(page) == []
    page.get_by_label("Titel").fill("Sprachcafé für Eltern")
    page.get_by_label("Fortschritt (%)").fill("30")
    page.get_by_role("button", name="Speichern").click()

    assert page.get_by_role("heading", name="Sprachcafé für Eltern").is_visible()
    page.screenshot(path=str(SCREENSHOTS / "measure-detail.png"), full_page=True)
    world.measure.refresh_from_db()
    assert world.measure.title == "Sprachcafé für Eltern"
    assert world.measure.progress == 30
