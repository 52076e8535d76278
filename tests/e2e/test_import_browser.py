"""In a real browser: coordination imports official statistics and an own district table,
sees the values on the indicator page and the map, is shown every problem of a broken
file, and undoes an import."""

import json
from pathlib import Path

import pytest

from kompass.indicators.models import ImportBatch, ImportStatus, IndicatorValue

from .test_browser import SCREENSHOTS, axe_violations, browser_page  # noqa: F401 (fixture)

pytestmark = pytest.mark.e2e
DATA = Path(__file__).resolve().parents[1] / "data" / "statistics"


def square(x, y):
    ring = [[x, y], [x + 0.01, y], [x + 0.01, y + 0.01], [x, y + 0.01], [x, y]]
    return json.dumps({"type": "Polygon", "coordinates": [ring]})


def test_coordinator_imports_statistics_and_sees_them_on_the_map(
    live_server,
    world,
    browser_page,  # noqa: F811
    settings,
    tmp_path,
):
    from tests.factories import PASSWORD, DistrictFactory, IndicatorFactory

    settings.MEDIA_ROOT = tmp_path
    world.town.ags = "06999001"
    world.town.save()
    DistrictFactory(municipality=world.town, code="02", name="Nordstadt", geojson=square(8.6, 50))
    DistrictFactory(
        municipality=world.town, code="05", name="Stadtteil 0", geojson=square(8.61, 50)
    )
    population = IndicatorFactory(field=world.field, name="Einwohnerinnen und Einwohner")
    language = IndicatorFactory(
        field=world.field, name="Sprachförderbedarf", unit="%", catalogue_code="sprachbedarf-code"
    )
    page = browser_page
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.goto(f"{live_server.url}/konto/anmelden/")
    page.get_by_label("Benutzername").fill(world.users["coordination"].username)
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    start = f"{live_server.url}/{world.town.slug}/fassungen/{world.version.pk}/statistik-import/"

    # a broken file: every problem with row and column, nothing kept
    page.goto(start)
    page.locator("input[type=file]").set_input_files(DATA / "broken_text_in_number_cells.csv")
    page.get_by_role("button", name="Datei einlesen").click()
    problems = page.locator(".form-errors table tbody tr")
    assert problems.count() >= 2
    assert "Es wird nichts importiert" in page.locator(".form-errors").inner_text()
    assert axe_violations(page) == []
    assert not ImportBatch.objects.exists()

    # the Regionaldatenbank table: header block, symbols, footnotes
    page.locator("input[type=file]").set_input_files(DATA / "regionaldatenbank_12411_latin1.csv")
    page.get_by_role("button", name="Datei einlesen").click()
    page.get_by_label("Insgesamt").select_option(label=population.name)
    page.get_by_role("button", name="Vorschau anzeigen").click()
    assert page.get_by_role("heading", name="Was geschehen wird").is_visible()
    assert axe_violations(page) == []
    page.screenshot(path=str(SCREENSHOTS / "import-preview.png"), full_page=True)
    page.get_by_role("button", name="Import bestätigen").click()
    assert page.get_by_text("Import abgeschlossen").is_visible()
    assert IndicatorValue.objects.filter(indicator=population, value=45123).exists()

    # an own office table with district values, years as columns
    page.get_by_label("Eigene Tabelle eines Amtes").check()
    page.locator("input[type=file]").set_input_files(DATA / "own_wide_districts.xlsx")
    page.get_by_role("button", name="Datei einlesen").click()
    # the proposed assignment: years as columns, district and indicator columns recognised
    assert page.get_by_label("Jahre als Spalten").is_checked()
    page.screenshot(path=str(SCREENSHOTS / "import-columns.png"), full_page=True)
    assert axe_violations(page) == []
    page.get_by_role("button", name="Vorschau anzeigen").click()
    page.get_by_role("button", name="Import bestätigen").click()
    assert page.get_by_text("Import abgeschlossen").is_visible()
    assert axe_violations(page) == []

    # the values on the indicator page (chart and table) and on the map
    page.goto(f"{live_server.url}/{world.town.slug}/indikatoren/{language.pk}/")
    assert page.locator("svg[role=img]").count() >= 1
    assert "28,4" in page.locator("main").inner_text()
    page.goto(
        f"{live_server.url}/{world.town.slug}/analyse/karte/?indikator={language.pk}&jahr=2024"
    )
    map_svg = page.locator("svg[role=img]").first
    assert "Nordstadt" in map_svg.inner_html()
    assert "28,4" in page.locator("main").inner_text()
    page.screenshot(path=str(SCREENSHOTS / "import-map.png"), full_page=True)
    assert axe_violations(page) == []

    # undo the district table: exactly its values go
    before = IndicatorValue.objects.count()
    own = ImportBatch.objects.get(file_format="own")
    created = own.counts["create"]
    page.goto(start)
    page.locator(f"form[action$='/statistik-import/{own.pk}/rueckgaengig/'] button").click()
    page.wait_for_selector(".messages, [role=status]")
    own.refresh_from_db()
    assert own.status == ImportStatus.UNDONE
    assert IndicatorValue.objects.count() == before - created
    assert IndicatorValue.objects.filter(indicator=population, value=45123).exists()
