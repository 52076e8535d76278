"""Results on known answers, the export files, and pinned query counts."""

import csv
import io

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kompass.surveys.models import QuestionKind
from kompass.surveys.selectors import survey_results
from kompass.surveys.services import response_submit

from .conftest import make_survey


def submit(survey, *, single=None, multiple=(), scale=None, text="", matrix=(), language="de"):
    q = {question.kind: question for question in survey.questions.all()}
    answers = []
    if single is not None:
        answers.append({"question": q[QuestionKind.SINGLE], "value": single})
    answers += [{"question": q[QuestionKind.MULTIPLE], "value": v} for v in multiple]
    if scale is not None:
        answers.append({"question": q[QuestionKind.SCALE], "value": scale})
    if text:
        answers.append({"question": q[QuestionKind.TEXT], "text": text})
    answers += [
        {"question": q[QuestionKind.MATRIX], "row": row, "value": value}
        for row, value in enumerate(matrix)
        if value is not None
    ]
    return response_submit(survey=survey, language=language, answers=answers)


@pytest.fixture
def answered(world):
    survey = make_survey(world.town)
    submit(survey, single=0, multiple=[0, 1], scale=5, text="Mehr Grün", matrix=[5, 4])
    submit(survey, single=0, multiple=[1], scale=4, matrix=[3, None])
    submit(survey, single=2, multiple=[], scale=4, text='=HYPERLINK("x")', language="ar")
    submit(survey, single=1, scale=1, matrix=[5, 2])
    return survey


def test_counts_and_percentages_on_known_answers(answered):
    total, results = survey_results(answered)
    by_kind = {r.question.kind: r for r in results}
    assert total == 4
    single = by_kind[QuestionKind.SINGLE]
    assert single.respondents == 4
    assert [row.cells for row in single.chart.table.rows] == [
        ("2", "50,0 %"),
        ("1", "25,0 %"),
        ("1", "25,0 %"),
    ]
    multiple = by_kind[QuestionKind.MULTIPLE]
    assert multiple.respondents == 2  # ticking nothing is not answering
    assert [row.cells for row in multiple.chart.table.rows] == [
        ("1", "50,0 %"),
        ("2", "100,0 %"),
        ("0", "0,0 %"),
    ]
    scale = by_kind[QuestionKind.SCALE]
    assert scale.mean == pytest.approx((5 + 4 + 4 + 1) / 4)
    assert scale.chart.table.rows[0].header == "1 – gar nicht"
    assert [row.cells[0] for row in scale.chart.table.rows] == ["1", "0", "0", "2", "1"]
    matrix = by_kind[QuestionKind.MATRIX]
    kitas, schools = matrix.chart.table.rows
    assert kitas.header == "Kitas"
    # values 1..5, answers, mean
    assert kitas.cells == ("0", "0", "1", "0", "2", "3", "4,33")
    assert schools.cells == ("0", "1", "0", "1", "0", "2", "3,00")
    assert [a.text for a in by_kind[QuestionKind.TEXT].texts] == ["Mehr Grün", '=HYPERLINK("x")']


def test_results_page_shows_charts_with_tables(answered, world, login):
    client = login(world.users["council"])
    content = client.get(
        reverse("survey_results", args=[world.town.slug, answered.pk])
    ).content.decode()
    assert content.count("<svg") == 4
    assert content.count("<caption>") >= 4
    assert "Mehr Grün" in content
    # readers see no export
    assert "export.csv" not in content


def test_csv_export_has_one_row_per_response_and_german_headers(answered, world, login):
    client = login(world.users["coordination"])
    response = client.get(reverse("survey_export", args=[world.town.slug, answered.pk, "csv"]))
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert len(rows) == 5
    header = rows[0]
    assert header[:3] == ["Antwort", "Eingegangen am", "Sprache"] or header[:3] == [
        "Response",
        "Submitted on",
        "Language",
    ]
    assert "1. Wie lange leben Sie schon hier?" in header
    assert "5. Wie zufrieden sind Sie mit … – Kitas" in header
    first = dict(zip(header, rows[1], strict=True))
    assert first["2. Welche Angebote nutzen Sie?"] == "Sprachkurs; Beratung"
    assert first["1. Wie lange leben Sie schon hier?"] == "unter 5 Jahren"
    assert first["5. Wie zufrieden sind Sie mit … – Schulen"] == "4"
    # a formula in a free text is defused
    third = dict(zip(header, rows[3], strict=True))
    assert third["4. Was wünschen Sie sich?"] == '\'=HYPERLINK("x")'
    assert third["Sprache" if "Sprache" in third else "Language"] == "ar"


def test_xlsx_export_matches_the_csv(answered, world, login):
    client = login(world.users["facilitator"])
    response = client.get(reverse("survey_export", args=[world.town.slug, answered.pk, "xlsx"]))
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    sheet = workbook.active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 5 and len(rows[0]) == 3 + 4 + 2
    assert rows[1][rows[0].index("3. Wie wohl fühlen Sie sich?")] == 5
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_readers_cannot_export(answered, world, login):
    client = login(world.users["steering_group"])
    url = reverse("survey_export", args=[world.town.slug, answered.pk, "csv"])
    assert client.get(url).status_code == 403
    assert (
        login(world.users["coordination"])
        .get(reverse("survey_export", args=[world.town.slug, answered.pk, "pdf"]))
        .status_code
        == 404
    )


def _queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def test_results_page_query_count_does_not_grow(world, login):
    survey = make_survey(world.town)
    client = login(world.users["coordination"])
    url = reverse("survey_results", args=[world.town.slug, survey.pk])
    for n in range(20):
        submit(
            survey,
            single=n % 3,
            multiple=[n % 3],
            scale=1 + n % 5,
            text=f"Text {n}",
            matrix=[1 + n % 5, 2],
        )
    small = _queries(client, url)
    for n in range(180):
        submit(
            survey,
            single=n % 3,
            multiple=[0, 2],
            scale=1 + n % 5,
            text=f"Text {n}",
            matrix=[3, 1 + n % 5],
        )
    large = _queries(client, url)
    assert small == large
    assert large <= 12
    export = reverse("survey_export", args=[world.town.slug, survey.pk, "xlsx"])
    assert _queries(client, export) <= 10
