"""The council submission as Word: the parts of a Beschlussvorlage, tables that repeat their header."""

import datetime

import pytest
from django.utils import translation

from kompass.bodies.documents import headings, submission_docx
from kompass.bodies.submission import Section, Submission, Table

from ..core.docx_reading import header_rows_repeat, open_docx


@pytest.fixture(autouse=True)
def german():
    with translation.override("de"):
        yield


def submission(**changes) -> Submission:
    values = {
        "municipality_name": "Musterstadt",
        "occasion": "adoption",
        "title": "Integrationskonzept Musterstadt",
        "decision": "Die Stadtverordnetenversammlung beschließt das Konzept.\n\n  Zusatz.  ",
        "body_name": "Stadtverordnetenversammlung",
        "prepared_on": datetime.date(2024, 3, 22),
        "sections": [
            Section(
                "Wer beteiligt ist",
                paragraphs=["Die Steuerungsgruppe begleitet den Prozess."],
                bullets=["Steuerungsgruppe (Steuerungsgruppe)"],
                tables=[
                    Table(
                        "Mitglieder der Steuerungsgruppe",
                        ["Name", "Funktion"],
                        [["Dr. Helene Sommerfeld", "Vorsitz"]],
                    )
                ],
            )
        ],
        "finance": Section("", paragraphs=["Keine zusätzlichen Mittel."]),
        "attachments": ["Integrationskonzept, Version 2", "Beteiligungsbericht"],
    }
    return Submission(**{**values, **changes})


def test_the_parts_follow_the_order_of_a_beschlussvorlage():
    document = open_docx(submission_docx(submission()))
    titles = [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")
    ]
    assert titles == [
        ("Heading 1", "Betreff"),
        ("Heading 1", "Beschlussvorschlag"),
        ("Heading 1", "Sachverhalt und Begründung"),
        ("Heading 2", "Wer beteiligt ist"),
        ("Heading 1", "Finanzielle Auswirkungen"),
        ("Heading 1", "Anlagen"),
    ]
    texts = [p.text for p in document.paragraphs if p.text]
    assert texts[:4] == [
        "Musterstadt\nEntwurf einer Beschlussvorlage",
        "Datum: 22.03.2024",
        "Beratungsfolge: Stadtverordnetenversammlung",
        headings()["draft_note"],
    ]
    assert document.paragraphs[3].runs[0].italic
    decision = texts.index("Beschlussvorschlag")
    assert texts[decision + 1 : decision + 3] == [
        "Die Stadtverordnetenversammlung beschließt das Konzept.",
        "Zusatz.",
    ]
    assert texts[-2:] == ["1. Integrationskonzept, Version 2", "2. Beteiligungsbericht"]
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets == ["Steuerungsgruppe (Steuerungsgruppe)"]
    assert document.core_properties.title == "Integrationskonzept Musterstadt"
    assert document.core_properties.author == "Musterstadt"
    normal = document.styles["Normal"].font
    assert (normal.name, normal.size.pt) == ("Arial", 11)


def test_tables_are_captioned_and_repeat_their_header_row():
    document = open_docx(submission_docx(submission()))
    (table,) = document.tables
    assert header_rows_repeat(table)
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["Name", "Funktion"],
        ["Dr. Helene Sommerfeld", "Vorsitz"],
    ]
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions == ["Mitglieder der Steuerungsgruppe"]


def test_without_a_body_the_submission_says_so():
    document = open_docx(submission_docx(submission(body_name="")))
    assert "Beratungsfolge: —" in [p.text for p in document.paragraphs]


def test_the_submission_is_marked_as_german_for_word():
    document = open_docx(submission_docx(submission()))
    assert document.core_properties.language == "de-DE"
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    tags = {
        element.get(f"{ns}val")
        for element in document.element.body.iter(f"{ns}lang")
        if element.get(f"{ns}val")
    }
    assert tags <= {"de-DE"}
