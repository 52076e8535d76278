"""Take the README's screenshots from a running demo (``make run``) with Debian's Chromium.

Usage: ``.venv/bin/python docs/make_screenshots.py [http://127.0.0.1:8000]``
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

BASE = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8000"
OUT = Path(__file__).resolve().parent / "screenshots"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def login(page, username):
    page.goto(f"{BASE}/konto/anmelden/")
    page.fill("#id_username", username)
    page.fill("#id_password", "Demo-Passwort-2026!")
    page.click("main button[type=submit]")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1360, "height": 900}, locale="de-DE")
        page.goto(f"{BASE}/konto/anmelden/")
        page.screenshot(path=str(OUT / "login.png"))
        login(page, "koordination")
        page.locator('a[href*="/fassungen/"]').first.click()
        page.wait_for_selector("#checks")
        page.screenshot(path=str(OUT / "concept-overview.png"))
        page.locator(".leaf a[href*='/massnahmen/']").first.click()
        page.screenshot(path=str(OUT / "measure-detail.png"), full_page=True)
        page.locator("a[href$='/fortschritt/']").first.click()
        page.screenshot(path=str(OUT / "measure-progress.png"), full_page=True)
        browser.close()


if __name__ == "__main__":
    main()
