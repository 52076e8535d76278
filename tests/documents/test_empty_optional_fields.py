"""Every generated text says exactly what was entered, for a concept with every optional field
empty: no end year, no version label, budget lines without an amount, a facilitator contract
without days or rate, no steering group, an adoption without votes (issue 14).
"""

import datetime
import re
import shutil
import subprocess
from types import SimpleNamespace

import pytest
from django.utils import translation
from django.utils.html import strip_tags

from kompass.bodies.documents import submission_docx, submission_pdf
from kompass.bodies.models import ResolutionKind
from kompass.bodies.submission import build_submission
from kompass.concepts.models import ConceptVersion, VersionStatus
from kompass.documents.content import build_document
from kompass.documents.docx_builder import render_docx
from kompass.documents.flyer import render_flyer, render_flyer_html
from kompass.documents.press import build_press_release, render_press_docx
from kompass.documents.render import render_html
from kompass.documents.selectors import file_name
from kompass.documents.summary import build_summary
from kompass.documents.summary_views import _file_stem
from kompass.measures.models import AmountKind, BudgetLine
from kompass.process.models import FacilitatorContract
from kompass.process.services import process_start

from ..core.docx_reading import open_docx
from ..factories import BudgetLineFactory

POPPLER = shutil.which("pdftotext")
ZERO_EUROS = re.compile(r"(?<![\d.,])0(?:[.,]00)?\s?€")
OPEN_RANGE = re.compile(r"2007[–-](?!\d)")  # "2007–" without an end year


def docx_text(data: bytes) -> str:
    document = open_docx(data)
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


def pdf_text(data: bytes, tmp_path, name: str) -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    output = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    assert output.returncode == 0, output.stderr
    return " ".join(output.stdout.split())


def assert_honest(name: str, text: str) -> None:
    assert text.strip(), name
    assert "None" not in text, name
    assert not ZERO_EUROS.search(text), (name, ZERO_EUROS.search(text))
    for empty in ("„“", "“”", '""', "‚‘", "()"):
        assert empty not in text, (name, empty)
    assert "„„" not in text and "““" not in text, name  # no nested quotes
    assert not OPEN_RANGE.search(text), (name, OPEN_RANGE.search(text))
    for placeholder in (
        "not been written",
        "noch nicht geschrieben",
        "in the years 2007",
        "in den Jahren 2007",
        "steering group",
        "Lenkungsgruppe",
        "Steuerungsgruppe",
        "0 days",
    ):
        assert placeholder not in text, (name, placeholder)


@pytest.fixture
def bare(world):
    """The test world's version, stripped to what a real 2007 concept states."""
    ConceptVersion.objects.filter(pk=world.version.pk).update(
        title="",
        period_start=2007,
        period_end=None,
        status=VersionStatus.ADOPTED,
        adopted_on=datetime.date(2007, 5, 15),
        adopting_resolution="",
    )
    BudgetLine.objects.filter(pk=world.budget_line.pk).update(
        amount_kind=AmountKind.NOT_STATED, planned_amount=None
    )
    BudgetLineFactory(
        measure=world.foreign_measure, amount_kind=AmountKind.EXISTING, planned_amount=None
    )
    process = process_start(
        version=world.version,
        template_key="twelve_steps",
        start_date=datetime.date(2006, 9, 1),
        duration_months=9,
        acting_user=world.users["coordination"],
    )
    FacilitatorContract.objects.create(
        process=process,
        municipality=world.town,
        provider="Büro Beispiel",
        scope="Moderation der Zukunftswerkstatt",
        period_start=datetime.date(2006, 9, 1),
        period_end=datetime.date(2007, 5, 31),
    )
    return ConceptVersion.objects.select_related("concept", "municipality").get(pk=world.version.pk)


def generated_texts(version, tmp_path) -> dict[str, str]:
    municipality = version.municipality
    texts = {}
    for occasion in (ResolutionKind.START, ResolutionKind.ADOPTION):
        submission = build_submission(municipality=municipality, occasion=occasion, version=version)
        texts[f"submission {occasion} docx"] = docx_text(submission_docx(submission))
        texts[f"submission {occasion} file"] = submission.file_stem
        if POPPLER:
            texts[f"submission {occasion} pdf"] = pdf_text(
                submission_pdf(submission), tmp_path, f"submission-{occasion}"
            )
    summary = build_summary(version)
    press = build_press_release(summary, today=datetime.date(2007, 5, 16))
    texts["press text"] = press.as_text()
    texts["press docx"] = docx_text(render_press_docx(press))
    texts["flyer html"] = strip_tags(render_flyer_html(summary))
    flyer_pdf, _detail = render_flyer(summary)
    if POPPLER:
        texts["flyer pdf"] = pdf_text(flyer_pdf, tmp_path, "flyer")
    texts["flyer file"] = _file_stem(version, "Flyer")
    document = build_document(version)
    html = render_html(document)
    texts["document cover"] = strip_tags(html.split("</header>")[0].split("<body")[-1])
    texts["document html"] = strip_tags(html.split("<body")[-1])
    texts["document docx"] = docx_text(render_docx(document))
    texts["document file"] = file_name(
        SimpleNamespace(version=version, language="de", format="pdf")
    )
    return texts


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_generated_text_says_only_what_was_entered(bare, tmp_path, language):
    with translation.override(language):
        texts = generated_texts(bare, tmp_path)
    for name, text in texts.items():
        assert_honest(name, text)
    title = bare.concept.title
    assert texts["press text"].split("\n")[1].count(title) == 1  # headline names the concept
    # The concept document is written in the concept's own language (German), whatever the UI.
    assert "ab 2007" in texts["document cover"]
    assert "ohne bezifferten Betrag" in texts["document html"]
    if language == "en":
        assert "from 2007" in texts["press text"]
        assert "states no amount" in texts["submission adoption docx"]
        assert (
            "External facilitation: Büro Beispiel – Moderation der Zukunftswerkstatt."
            in (texts["submission adoption docx"])
        )
        assert f"Adoption of the “{title}” (version 1)" in texts["submission adoption docx"]


def test_a_version_label_is_added_to_the_concept_title_not_used_as_its_name(bare, tmp_path):
    ConceptVersion.objects.filter(pk=bare.pk).update(title="Version 2.2 – Stand 15. Mai 2007")
    version = ConceptVersion.objects.select_related("concept", "municipality").get(pk=bare.pk)
    with translation.override("en"):
        texts = generated_texts(version, tmp_path)
    for name, text in texts.items():
        assert_honest(name, text)
    title = version.concept.title
    headline = texts["press text"].split("\n")[1]
    assert headline == f"“{title}” adopted"
    assert "Version 2.2 – Stand 15. Mai 2007" in texts["press text"].split("\n")[2]
    submission = texts["submission adoption docx"]
    assert f"Adoption of the “{title}” (Version 2.2 – Stand 15. Mai 2007)" in submission
    assert "“Version 2.2" not in submission
    assert "Version 2.2 – Stand 15. Mai 2007" in texts["document cover"]
    assert "Version 2.2 – Stand 15. Mai 2007" in texts["flyer html"]
    assert version.full_title == f"{title} (Version 2.2 – Stand 15. Mai 2007)"


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils missing")
def test_the_flyer_and_cover_can_be_looked_at(bare, tmp_path):
    """Writes PNGs of the flyer and the submission for a person to look at (see the report)."""
    summary = build_summary(bare)
    flyer_pdf, _detail = render_flyer(summary)
    submission = build_submission(
        municipality=bare.municipality, occasion=ResolutionKind.ADOPTION, version=bare
    )
    for name, pdf in (("flyer", flyer_pdf), ("submission", submission_pdf(submission))):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(path), str(tmp_path / name)],
            check=True,
        )
        pngs = list(tmp_path.glob(f"{name}*.png"))
        assert pngs and pngs[0].stat().st_size > 1000
