"""A version's label is added to the concept's title; an open end reads "from 2007"."""

import pytest
from django.utils import translation

from kompass.concepts.models import Concept, ConceptVersion, unquoted


def version(**values) -> ConceptVersion:
    return ConceptVersion(concept=Concept(title="Integrationskonzept Musterstadt"), **values)


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        (2024, 2030, "2024–2030"),
        (2007, None, "from 2007"),
        (None, 2030, "until 2030"),
        (2025, 2025, "2025"),
        (None, None, ""),
    ],
)
def test_the_period_never_prints_an_open_range_or_none(start, end, label):
    with translation.override("en"):
        assert version(period_start=start, period_end=end).period_label == label


def test_the_label_is_added_to_the_concept_title_and_never_replaces_it():
    labelled = version(title="Version 2.2 – Stand 15. Mai 2007")
    assert labelled.label == "Version 2.2 – Stand 15. Mai 2007"
    assert labelled.full_title == (
        "Integrationskonzept Musterstadt (Version 2.2 – Stand 15. Mai 2007)"
    )
    assert version(title="").full_title == "Integrationskonzept Musterstadt"
    # a label that only repeats the concept's title adds nothing
    assert version(title=" Integrationskonzept  Musterstadt").label == ""


def test_a_quoted_title_is_quoted_once_by_the_sentence():
    assert unquoted("„Vielfalt leben“") == "Vielfalt leben"
    assert unquoted('"Gemeinsam in Musterstadt" ') == "Gemeinsam in Musterstadt"
