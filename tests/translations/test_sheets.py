"""The spreadsheet round trip for translation agencies: export, fill in, upload – all or nothing."""

import io

import pytest
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from kompass.concepts.models import FieldOfAction
from kompass.translations import services, sheets
from kompass.translations.models import ContentTranslation, TranslationState
from kompass.translations.selectors import text_entries, text_key

from ..factories import MeasureFactory


@pytest.fixture
def arabic(world):
    return services.version_language_add(version=world.version, language="ar")


@pytest.fixture(autouse=True)
def english():
    # the English source strings: stable whatever the state of the German catalogue
    with translation.override("en"):
        yield


def export(world, language="ar", only_open=False):
    data = sheets.export_language(world.version, language, only_open=only_open)
    return load_workbook(io.BytesIO(data))


def rows_by_key(sheet):
    return {row[0].value: row for row in sheet.iter_rows(min_row=2) if row[0].value}


def upload(world, workbook, language="ar"):
    output = io.BytesIO()
    workbook.save(output)
    return sheets.import_language(
        version=world.version,
        language=language,
        data=output.getvalue(),
        filename="uebersetzung.xlsx",
        acting_user=world.users["coordination"],
    )


def test_round_trip_saves_the_filled_in_translations(world, arabic):
    workbook = export(world)
    sheet = workbook.worksheets[0]
    assert [c.value for c in sheet[1]][:6] == [
        "Key",
        "Object",
        "Field",
        "German",
        "Translation Arabic (ar)",
        "State",
    ]
    assert sheet.column_dimensions["A"].hidden and sheet.protection.sheet
    rows = rows_by_key(sheet)
    field_row = rows[text_key(world.field, "name")]
    assert field_row[1].value.startswith("Field of action 1") and field_row[3].value == "Bildung"
    assert field_row[4].protection.locked is False and field_row[3].protection.locked
    field_row[4].value = "التعليم"
    rows[text_key(world.goal, "title")][4].value = "تعزيز النجاح التعليمي"
    result = upload(world, workbook)
    assert result.problems == []
    assert result.saved == 2
    assert result.skipped == len(rows) - 2
    assert ContentTranslation.objects.filter(language="ar").count() == 2
    [entry] = [e for e in text_entries([world.field], "ar") if e.field == "name"]
    assert entry.state == TranslationState.CURRENT

    # exported again: the saved ones appear with their state; only open texts on request
    again = rows_by_key(export(world).worksheets[0])
    assert again[text_key(world.field, "name")][4].value == "التعليم"
    assert again[text_key(world.field, "name")][5].value == "current"
    open_only = rows_by_key(export(world, only_open=True).worksheets[0])
    assert text_key(world.field, "name") not in open_only
    assert len(open_only) == len(rows) - 2
    # uploading the same sheet again changes nothing
    result = upload(world, workbook)
    assert (result.problems, result.saved, result.unchanged) == ([], 0, 2)


def test_text_cells_never_become_formulas(world, arabic):
    FieldOfAction.objects.filter(pk=world.field.pk).update(name='=HYPERLINK("x")')
    MeasureFactory(field=world.field, goals=[world.operative_goal], title="+49 Sprachkurse")
    sheet = export(world).worksheets[0]
    cells = [row[3] for row in sheet.iter_rows(min_row=2)]
    risky = [c for c in cells if str(c.value).startswith(("=", "+"))]
    assert len(risky) == 2
    assert all(c.data_type == "s" for c in risky)
    assert all(c.quotePrefix for c in risky)


def test_an_outdated_translation_shows_the_german_it_was_made_from(world, arabic):
    services.translations_save(
        version=world.version,
        language="ar",
        changes=[(world.field, "name", "التعليم", "Bildung")],
        acting_user=None,
    )
    FieldOfAction.objects.filter(pk=world.field.pk).update(name="Bildung und Ausbildung")
    row = rows_by_key(export(world, only_open=True).worksheets[0])[text_key(world.field, "name")]
    assert [c.value for c in row[3:7]] == [
        "Bildung und Ausbildung",
        "التعليم",
        "outdated",
        "Bildung",
    ]


def _problems_and_nothing_saved(world, workbook):
    result = upload(world, workbook)
    assert result.problems
    assert result.saved == 0
    assert not ContentTranslation.objects.exists()
    return " | ".join(str(problem) for problem in result.problems)


def test_unknown_key(world, arabic):
    workbook = export(world)
    sheet = workbook.worksheets[0]
    rows_by_key(sheet)[text_key(world.field, "name")][4].value = "التعليم"
    sheet.append(["measures.measure.1.budget", "", "", "x", "y"])
    sheet.append(["nonsense", "", "", "x", "y"])
    problems = _problems_and_nothing_saved(world, workbook)
    assert "row" in problems and "column “A”" in problems
    assert "“measures.measure.1.budget”" in problems and "“nonsense”" in problems


def test_key_of_another_municipality_or_version(world, arabic):
    foreign = MeasureFactory(field__version__concept__municipality=world.other_town)
    workbook = export(world)
    sheet = workbook.worksheets[0]
    sheet.append([text_key(foreign, "title"), "", "", foreign.title, "ترجمة"])
    problems = _problems_and_nothing_saved(world, workbook)
    assert f"row {sheet.max_row}" in problems
    assert "does not belong to this version" in problems


def test_german_changed_since_the_export(world, arabic):
    workbook = export(world)
    row = rows_by_key(workbook.worksheets[0])[text_key(world.field, "name")]
    row[4].value = "التعليم"
    FieldOfAction.objects.filter(pk=world.field.pk).update(name="Bildung und Ausbildung")
    problems = _problems_and_nothing_saved(world, workbook)
    assert f"row {row[0].row}, column “D”" in problems
    assert "Bildung und Ausbildung" in problems


def test_title_too_long(world, arabic):
    workbook = export(world)
    row = rows_by_key(workbook.worksheets[0])[text_key(world.field, "name")]
    row[4].value = "ت" * 201
    problems = _problems_and_nothing_saved(world, workbook)
    assert f"row {row[0].row}, column “E”" in problems and "200" in problems


def test_duplicate_key_missing_column_and_wrong_language(world, arabic):
    workbook = export(world)
    sheet = workbook.worksheets[0]
    sheet.append([text_key(world.field, "name"), "", "", "Bildung", "التعليم"])
    assert "appears twice" in _problems_and_nothing_saved(world, workbook)

    workbook = export(world)
    workbook.worksheets[0]["D1"] = "Something else"
    assert "column “German” is missing" in _problems_and_nothing_saved(world, workbook)

    services.version_language_add(version=world.version, language="tr")
    workbook = export(world, "tr")
    rows_by_key(workbook.worksheets[0])[text_key(world.field, "name")][4].value = "Eğitim"
    problems = _problems_and_nothing_saved(world, workbook)
    assert "Turkish" in problems and "Arabic" in problems


def test_empty_rows_are_skipped_and_not_an_excel_file_is_refused(world, arabic):
    workbook = export(world)
    sheet = workbook.worksheets[0]
    sheet.insert_rows(3, amount=2)  # blank rows in the middle
    rows_by_key(sheet)[text_key(world.field, "name")][4].value = "التعليم"
    result = upload(world, workbook)
    assert result.problems == [] and result.saved == 1
    result = sheets.import_language(
        version=world.version,
        language="ar",
        data=b"\xd0\xcf\x11\xe0 old excel",
        filename="alt.xls",
        acting_user=None,
    )
    assert result.problems and result.saved == 0


def test_the_pages_download_and_upload(world, arabic, client):
    client.force_login(world.users["coordination"])
    args = [world.town.slug, world.version.pk, "ar"]
    response = client.get(reverse("translations_export", args=args) + "?zeige=alle")
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('-ar.xlsx"')
    workbook = load_workbook(io.BytesIO(response.content))
    rows_by_key(workbook.worksheets[0])[text_key(world.field, "name")][4].value = "التعليم"
    output = io.BytesIO()
    workbook.save(output)
    output.name = "ar.xlsx"
    output.seek(0)
    url = reverse("translations_import", args=args)
    response = client.post(url, {"file": output})
    # first a preview: nothing saved yet
    assert response.status_code == 200
    page = response.content.decode()
    assert "التعليم" in page and 'lang="ar" dir="rtl"' in page
    assert not ContentTranslation.objects.exists()
    # confirmed: saved
    response = client.post(url, {"confirm": "1"})
    assert response.status_code == 302
    assert ContentTranslation.objects.get().text == "التعليم"
    # confirming twice saves nothing more: the plan is gone
    assert client.post(url, {"confirm": "1"}).status_code == 302

    workbook.worksheets[0].append(["nonsense", "", "", "x", "y"])
    output = io.BytesIO()
    workbook.save(output)
    output.name = "ar.xlsx"
    output.seek(0)
    response = client.post(reverse("translations_import", args=args), {"file": output})
    assert response.status_code == 200
    assert "nonsense" in response.content.decode()
    assert ContentTranslation.objects.count() == 1


def test_export_and_upload_need_the_same_queries_for_more_objects(world, arabic):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        with CaptureQueriesContext(connection) as context:
            workbook = export(world)
            upload(world, workbook)
        return len(context.captured_queries)

    count()  # content types are cached once per process
    before = count()
    for index in range(20):
        MeasureFactory(field=world.field, goals=[world.operative_goal], title=f"M {index}")
    assert count() == before


def test_a_german_text_changed_between_preview_and_confirmation_saves_nothing(
    world, arabic, client
):
    client.force_login(world.users["coordination"])
    url = reverse("translations_import", args=[world.town.slug, world.version.pk, "ar"])
    workbook = export(world)
    rows = rows_by_key(workbook.worksheets[0])
    rows[text_key(world.field, "name")][4].value = "التعليم"
    rows[text_key(world.goal, "title")][4].value = "تعزيز النجاح"
    output = io.BytesIO()
    workbook.save(output)
    output.name = "ar.xlsx"
    output.seek(0)
    assert client.post(url, {"file": output}).status_code == 200
    FieldOfAction.objects.filter(pk=world.field.pk).update(name="Bildung und Ausbildung")
    response = client.post(url, {"confirm": "1"})
    assert response.status_code == 200
    assert f"{rows[text_key(world.field, 'name')][0].row}" in response.content.decode()
    assert not ContentTranslation.objects.exists()
