"""Own office tables (CSV/XLSX): column assignment, district values, all-or-nothing;
and the background path for large files with its progress page."""

from decimal import Decimal
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from kompass.core import progress
from kompass.core.tabular import column_letter, read_table
from kompass.indicators.models import ImportBatch, ImportStatus, IndicatorValue
from kompass.indicators.owntable import WIDE, guess_mapping

from ..factories import DistrictFactory, IndicatorFactory, IndicatorValueFactory

DATA = Path(__file__).resolve().parents[1] / "data" / "statistics"


@pytest.fixture
def town(world, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    world.town.ags = "06999001"
    world.town.save()
    world.other_town.ags = "06999002"
    world.other_town.save()
    world.districts = {
        code: DistrictFactory(municipality=world.town, code=code, name=name)
        for code, name in [("01", "Altstadt"), ("02", "Nordstadt"), ("03", "Am Mühlbach")]
    }
    DistrictFactory(municipality=world.other_town, code="04", name="Stadtteil 0")
    return world


def upload(client, world, name, kind="own"):
    content = (DATA / name).read_bytes()
    return client.post(
        reverse("import_start", args=[world.town.slug, world.version.pk]),
        {"file": SimpleUploadedFile(name, content), "kind": kind},
    )


LONG_MAPPING = {
    "layout": "long",
    "region_column": "0",
    "year_column": "1",
    "group_column": "2",
    "value_column": "3",
}


def test_read_table_csv_and_xlsx():
    table = read_table((DATA / "own_long_districts.csv").read_bytes(), "x.csv")
    assert table.header == ["Stadtteil", "Jahr", "Geschlecht", "Anzahl"]
    assert [row.number for row in table.rows] == [2, 3, 4, 5, 6, 7, 8]
    assert table.rows[0].cells == ["01", "2023", "Insgesamt", "1.234"]

    table = read_table((DATA / "own_wide_districts.xlsx").read_bytes(), "x.xlsx")
    assert table.sheet == "Sprachstand" and table.format == "XLSX"
    assert table.header == ["Sozialraum", "Indikator", "2022", "2023", "2024"]
    assert table.rows[0].cells[2] == Decimal("31.2")  # a number cell stays a number
    assert table.rows[-1].number == 6  # the blank row 5 is skipped, numbering is kept

    latin = read_table((DATA / "own_broken_latin1.csv").read_bytes(), "x.csv")
    assert latin.encoding == "Windows-1252" and latin.rows[0].cells[0] == "Mühlbach"
    guess = guess_mapping(read_table((DATA / "own_wide_districts.xlsx").read_bytes(), "x.xlsx"))
    assert guess.layout == WIDE and guess.year_columns == [2, 3, 4]
    assert guess.region_column == 0 and guess.indicator_column == 1


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "x.csv", "empty"),
        (b"Jahr;Wert\n", "x.csv", "no data rows"),
        (b"PK\x03\x04broken", "x.xlsx", "not a valid Excel"),
        (b"%PDF-1.7", "x.pdf", "Wrong file type"),
        (b"\xd0\xcf\x11\xe0" + b"\x00" * 20, "x.xls", ".xlsx"),
        (b"Jahr;Jahr\n2023;1\n", "x.csv", "twice"),
    ],
)
def test_read_table_refuses_bad_files_with_a_reason(data, name, message):
    from django.utils import translation

    with translation.override("en"):
        table = read_table(data, name)
        assert table.problems and message in str(table.problems[0])


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]


def test_long_table_with_districts_groups_flags_and_other_regions(town, client):
    indicator = IndicatorFactory(field=town.field, name="Kinder in Kitas")
    client.force_login(town.users["coordination"])
    response = upload(client, town, "own_long_districts.csv")
    batch = ImportBatch.objects.get()
    assert batch.file_format == "own" and batch.status == ImportStatus.PENDING
    url = reverse("import_preview", args=[town.town.slug, batch.pk])
    assert response["Location"] == url
    page = client.get(url)
    # the first rows are shown to help with the assignment; the guess is pre-filled
    assert "Nordstadt" in page.content.decode()
    assert page.context["form"].initial["region_column"] == 0

    data = {**LONG_MAPPING, "indicator": indicator.pk}
    response = client.post(url, {**data, "preview": "1"})
    assert response.context["preview"]["counts"] == {
        "create": 6,
        "update": 0,
        "unchanged": 0,
        "skip": 1,
    }
    assert not IndicatorValue.objects.filter(indicator=indicator).exists()
    response = client.post(url, {**data, "confirm": "1"})
    assert response.status_code == 302
    values = {
        (v.district.code if v.district else None, v.year, v.group): v
        for v in IndicatorValue.objects.filter(indicator=indicator).select_related("district")
    }
    d = town.districts
    assert values[("01", 2023, "")].value == Decimal("1234")
    assert values[("02", 2023, "")].district == d["02"]  # matched by name
    assert values[("03", 2023, "weiblich")].reference_date.isoformat() == "2023-12-31"
    assert values[(None, 2023, "")].value == Decimal("45678")  # "Gesamt" = whole town
    assert values[("02", 2024, "")].value is None and values[("02", 2024, "")].flag == "secret"
    assert values[("01", 2024, "")].value == Decimal("1301.5")
    assert len(values) == 6


def test_wide_excel_table_with_indicator_column(town, client):
    indicator = IndicatorFactory(
        field=town.field, name="Sprachförderbedarf", catalogue_code="sprachbedarf-code"
    )
    DistrictFactory(municipality=town.town, code="05", name="Stadtteil 0")
    IndicatorValueFactory(indicator=indicator, year=2022, value=Decimal("30"), district=None)
    client.force_login(town.users["coordination"])
    upload(client, town, "own_wide_districts.xlsx", kind="official")  # .xlsx is always own
    batch = ImportBatch.objects.get()
    assert batch.file_format == "own"
    url = reverse("import_preview", args=[town.town.slug, batch.pk])
    data = {
        "layout": "wide",
        "region_column": "0",
        "indicator_column": "1",
        "year_columns": ["2", "3", "4"],
    }
    response = client.post(url, {**data, "preview": "1"})
    preview = response.context["preview"]
    assert preview["counts"] == {"create": 7, "update": 1, "unchanged": 0, "skip": 2}
    # the source line under the table is skipped with a reason (skipped rows are grouped)
    skipped = [row for group in preview["skipped"] for row in group["examples"]]
    reasons = {row["row"]: row["reason"] for row in skipped}
    assert reasons[6]
    client.post(url, {**data, "confirm": "1"})
    values = {
        (v.district.code if v.district else None, v.year): v
        for v in IndicatorValue.objects.filter(indicator=indicator).select_related("district")
    }
    assert values[("02", 2024)].value == Decimal("28.4")  # "28,4" typed as text
    assert values[("05", 2024)].flag == "not_applicable" and values[("05", 2024)].value is None
    assert ("05", 2023) not in values  # an empty cell is no value, and no zero
    assert values[(None, 2022)].value == Decimal("25")  # the replaced town value
    assert values[(None, 2024)].value == Decimal("23.9")

    # undo restores the replaced value and removes the rest
    client.post(reverse("import_undo", args=[town.town.slug, batch.pk]))
    assert [(v.year, v.value) for v in IndicatorValue.objects.filter(indicator=indicator)] == [
        (2022, Decimal("30.000"))
    ]


def test_broken_own_table_names_row_and_column_and_changes_nothing(town, client):
    indicator = IndicatorFactory(field=town.field)
    client.force_login(town.users["coordination"])
    upload(client, town, "own_broken_latin1.csv")
    batch = ImportBatch.objects.get()
    url = reverse("import_preview", args=[town.town.slug, batch.pk])
    data = {
        "layout": "long",
        "region_column": "0",
        "year_column": "1",
        "value_column": "2",
        "indicator": indicator.pk,
    }
    response = client.post(url, {**data, "confirm": "1"})
    assert response.status_code == 200 and not response.context["can_apply"]
    problems = [(p.row, p.column[:1]) for p in response.context["problems"]]
    assert problems == [(2, "A"), (3, "B"), (4, "C"), (6, "C")]
    assert "Mühlbach" in str(response.context["problems"][0])
    assert not IndicatorValue.objects.filter(indicator=indicator).exists()
    batch.refresh_from_db()
    assert batch.status == ImportStatus.PENDING


def test_column_assignment_is_validated(town, client):
    indicator = IndicatorFactory(field=town.field)
    client.force_login(town.users["coordination"])
    upload(client, town, "own_long_districts.csv")
    url = reverse("import_preview", args=[town.town.slug, ImportBatch.objects.get().pk])
    # neither an indicator nor an indicator column
    response = client.post(url, {**LONG_MAPPING, "preview": "1"})
    assert response.context["form"].errors and response.context["preview"] is None
    # one column with two meanings
    response = client.post(
        url, {**LONG_MAPPING, "value_column": "1", "indicator": indicator.pk, "preview": "1"}
    )
    assert response.context["form"].non_field_errors()
    # an indicator of another municipality is not a choice
    foreign = IndicatorFactory(field__version__concept__municipality=town.other_town)
    response = client.post(url, {**LONG_MAPPING, "indicator": foreign.pk, "preview": "1"})
    assert "indicator" in response.context["form"].errors


def test_confirm_refuses_when_data_changed_after_the_preview(town, client):
    indicator = IndicatorFactory(field=town.field)
    client.force_login(town.users["coordination"])
    upload(client, town, "own_long_districts.csv")
    batch = ImportBatch.objects.get()
    url = reverse("import_preview", args=[town.town.slug, batch.pk])
    data = {**LONG_MAPPING, "indicator": indicator.pk}
    client.post(url, {**data, "preview": "1"})
    # meanwhile somebody enters the town value for 2023 by hand
    IndicatorValueFactory(indicator=indicator, year=2023, value=Decimal("1"), district=None)
    response = client.post(url, {**data, "confirm": "1"})
    assert response.status_code == 200
    assert response.context["batch"].error
    # the fresh preview shows the update instead of a create
    assert response.context["preview"]["counts"]["update"] == 1
    assert IndicatorValue.objects.filter(indicator=indicator).count() == 1


@pytest.fixture
def background(settings):
    settings.KOMPASS_IMPORT_BACKGROUND_BYTES = 0


def test_large_file_runs_in_the_background_with_a_progress_page(
    town, client, background, django_capture_on_commit_callbacks
):
    indicator = IndicatorFactory(field=town.field)
    client.force_login(town.users["coordination"])
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, town, "own_long_districts.csv")
    batch = ImportBatch.objects.get()
    status_url = reverse("import_status", args=[town.town.slug, batch.pk])
    preview_url = reverse("import_preview", args=[town.town.slug, batch.pk])
    assert response["Location"] == status_url
    # the (immediate) worker has read the file: the status page sends on to the assignment
    assert client.get(status_url)["Location"] == preview_url
    assert client.get(status_url, headers={"HX-Request": "true"})["HX-Redirect"] == preview_url

    data = {**LONG_MAPPING, "indicator": indicator.pk}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(preview_url, {**data, "preview": "1"})
    assert response["Location"] == status_url
    page = client.get(preview_url)
    assert page.context["preview"]["counts"]["create"] == 6 and page.context["can_apply"]

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(preview_url, {**data, "confirm": "1"})
    assert response["Location"] == status_url
    batch.refresh_from_db()
    assert batch.status == ImportStatus.APPLIED and batch.state == ""
    assert IndicatorValue.objects.filter(indicator=indicator).count() == 6
    done = client.get(status_url)
    assert done["Location"] == reverse("import_start", args=[town.town.slug, town.version.pk])


def test_background_reading_of_a_broken_file_shows_the_problems(
    town, client, background, django_capture_on_commit_callbacks
):
    client.force_login(town.users["coordination"])
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, town, "broken_text_in_number_cells.csv", kind="official")
    batch = ImportBatch.objects.get()
    assert batch.status == ImportStatus.FAILED
    page = client.get(reverse("import_status", args=[town.town.slug, batch.pk]))
    assert page.status_code == 200 and page.context["problems"]
    assert all(problem.row for problem in page.context["problems"])


def test_progress_page_while_the_worker_runs(town, client, background):
    client.force_login(town.users["coordination"])
    upload(client, town, "own_long_districts.csv")  # on_commit not run: still queued
    batch = ImportBatch.objects.get()
    assert batch.state == "queued"
    progress.Reporter(batch.progress_key)(250, 1000, force=True)
    page = client.get(reverse("import_status", args=[town.town.slug, batch.pk]))
    content = page.content.decode()
    assert page.status_code == 200 and 'value="25"' in content and "hx-trigger" in content
    # the assignment page is not offered while the worker has the batch
    preview = client.get(reverse("import_preview", args=[town.town.slug, batch.pk]))
    assert preview.status_code == 302


def test_database_queue_and_worker(town, client, background, settings):
    """With the real database backend the task waits in the queue until the worker runs it."""
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    client.force_login(town.users["coordination"])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("django.db.transaction.on_commit", lambda func, **kwargs: func())
        upload(client, town, "own_long_districts.csv")
    batch = ImportBatch.objects.get()
    assert batch.status == ImportStatus.READING and DBTaskResult.objects.count() == 1
    with pytest.MonkeyPatch.context() as patch:
        # the worker closes idle connections between tasks; in a test transaction it must not
        patch.setattr(
            "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
        )
        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    batch.refresh_from_db()
    assert batch.status == ImportStatus.PENDING and batch.summary["rows"] == 7


def test_a_step_whose_worker_has_gone_can_be_reset_and_nothing_else(town, client, background):
    import datetime

    from django.utils import timezone

    client.force_login(town.users["coordination"])
    values_before = IndicatorValue.objects.count()
    upload(client, town, "own_long_districts.csv")  # queued; no worker takes it
    batch = ImportBatch.objects.get()
    status_url = reverse("import_status", args=[town.town.slug, batch.pk])
    reset_url = reverse("import_reset", args=[town.town.slug, batch.pk])
    # a fresh step is not stuck: no reset offered, a reset request changes nothing
    assert not client.get(status_url).context["job"].is_stuck
    client.post(reset_url)
    batch.refresh_from_db()
    assert batch.state == "queued"
    # recent progress keeps a long step alive
    ImportBatch.objects.filter(pk=batch.pk).update(
        state_changed_at=timezone.now() - datetime.timedelta(hours=1)
    )
    progress.Reporter(batch.progress_key)(10, 1000, force=True)
    assert not client.get(status_url).context["job"].is_stuck
    # an hour without any sign of life: offered, and the reset gives the file back
    progress.Reporter(batch.progress_key).reset()
    page = client.get(status_url)
    assert page.context["job"].is_stuck and reset_url in page.content.decode()
    # another municipality's coordination does not even find the batch
    client.force_login(town.users["foreign_coordinator"])
    foreign = reverse("import_reset", args=[town.other_town.slug, batch.pk])
    assert client.post(foreign).status_code == 404
    assert client.post(reset_url).status_code == 404
    batch.refresh_from_db()
    assert batch.state == "queued"
    client.force_login(town.users["coordination"])
    client.post(reset_url)
    batch.refresh_from_db()
    assert (batch.state, batch.status) == ("", ImportStatus.FAILED)
    assert "interrupted" in batch.error or "unterbrochen" in batch.error
    assert IndicatorValue.objects.count() == values_before


def test_stale_rule():
    import datetime

    from kompass.core.progress import STALE_AFTER_SECONDS, Progress, is_stale

    start = datetime.datetime(2026, 1, 1, 12, 0, tzinfo=datetime.UTC)
    now = start.timestamp()
    assert not is_stale(Progress(), start, now=now + STALE_AFTER_SECONDS)
    assert is_stale(Progress(), start, now=now + STALE_AFTER_SECONDS + 1)
    late = Progress(1, 2, now + 600)
    assert not is_stale(late, start, now=now + STALE_AFTER_SECONDS + 1)
    assert not is_stale(Progress(), None, now=now)
