"""The draft press release: written from the data, with placeholders for what data cannot say."""

import datetime
import io

import docx
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from docx.oxml.ns import qn

from kompass.concepts.models import ConceptVersion
from kompass.documents.press import PressRelease, build_press_release, render_press_docx
from kompass.documents.summary import build_summary
from kompass.participation.services import contribution_decide

from ..factories import BudgetLineFactory, FieldFactory, GoalFactory, MeasureFactory
from .publication_data import furnish

TODAY = datetime.date(2024, 3, 22)


def press_text(version) -> str:
    version = ConceptVersion.objects.select_related("concept", "municipality").get(pk=version.pk)
    with translation.override("en"):
        return build_press_release(build_summary(version), today=TODAY).as_text()


def test_press_release_tells_who_adopted_what_when_and_how(world):
    furnish(world)
    text = press_text(world.version)
    assert text.startswith("PRESS RELEASE\n“Integrationskonzept Musterstadt” adopted\n")
    assert "Musterstadt, 22 March 2024 – On 21 March 2024, the concept" in text
    assert "38 votes in favour, 4 against and 3 abstentions" in text
    assert "(Stadtverordnetenversammlung, Beschluss-Nr. 2024/117)" in text
    assert "in the years 2024–2030" in text
    assert "1 field of action, 2 goals and 2 measures" in text
    # participation: events, participants, contributions, taken up
    assert "1 participation event took place, with 64 participants in total." in text
    assert "3 contributions were received. 1 of them was taken up" in text
    assert "The field of action of the concept is “Bildung”." in text
    assert f"Among the planned measures: {world.measure.title} (Bildung)." in text
    # the second measure has no budget line: the sum is a lower bound, never the whole
    assert "At least 10,000 € is planned for the measures; for 1 measure the concept" in text
    assert "At its heart is a shared vision: “Vielfalt ist Stärke.”" in text
    assert "[Quote of the mayor: what the concept means for Musterstadt" in text
    assert "/oeffentlich/musterstadt/konzept/" in text
    assert "Press contact\nStabsstelle Integration und Vielfalt\nMusterstadt\n[contact" in text
    assert "About the concept" in text and "potential" in text


def test_press_text_follows_the_data(world):
    furnish(world, adopt=False)
    before = press_text(world.version)
    # when the data change …
    world.field.name = "Bildung und Sprache"
    world.field.save(update_fields=["name"])
    second = FieldFactory(version=world.version, name="Arbeit und Wirtschaft", position=5)
    goal = GoalFactory(field=second, title="Ausbildung stärken")
    MeasureFactory(field=second, goals=[goal], title="Ausbildungspatenschaften")
    BudgetLineFactory(measure=world.foreign_measure, planned_amount="5000")
    contribution = world.event.contributions.filter(decisions__isnull=True).first()
    contribution_decide(
        contribution=contribution,
        outcome="partly",
        reason="Teilweise",
        measure=world.measure,
        acting_user=world.users["coordination"],
    )
    world.town.responsible_office = "Büro für Vielfalt"
    world.town.save(update_fields=["responsible_office"])
    after = press_text(world.version)
    # … the text changes with them
    assert after != before
    assert "The fields of action of the concept are “Bildung und Sprache” and “Arbeit und" in after
    assert "Ausbildungspatenschaften (Arbeit und Wirtschaft)" in after
    assert "2 fields of action, 3 goals and 3 measures" in after
    assert "2 of them were taken up" in after
    assert "15,000 €" in after or "15.000 €" in after
    assert "Büro für Vielfalt" in after and "Stabsstelle" not in after


def test_resolution_votes_come_from_the_recorded_resolution(world):
    furnish(world)
    world.resolution.votes_yes, world.resolution.votes_no = 40, 2
    world.resolution.save(update_fields=["votes_yes", "votes_no"])
    assert "40 votes in favour, 2 against and 3 abstentions" in press_text(world.version)


def test_a_draft_leaves_the_resolution_in_brackets(world):
    furnish(world, adopt=False)
    text = press_text(world.version)
    assert text.startswith("PRESS RELEASE\n“Integrationskonzept Musterstadt”: the draft is ready")
    assert "On [date of the resolution], the concept" in text
    assert "([body, resolution number, votes])" in text
    assert "38 votes" not in text


def test_without_participation_and_office_the_text_says_nothing_wrong(world):
    with translation.override("en"):
        text = build_press_release(build_summary(world.version), today=TODAY).as_text()
    assert "participation event" not in text
    assert "[responsible office]" in text


def test_a_county_quotes_its_district_administrator(world):
    furnish(world)
    world.town.kind = "landkreis"
    world.town.save(update_fields=["kind"])
    assert "[Quote of the district administrator" in press_text(world.version)


def test_publication_page_shows_the_text_to_copy_and_the_downloads(world, client):
    furnish(world)
    client.force_login(world.users["steering_group"])
    response = client.get(reverse("version_publication", args=[world.town.slug, world.version.pk]))
    assert response.status_code == 200
    content = response.content.decode()
    assert reverse("version_flyer_pdf", args=[world.town.slug, world.version.pk]) in content
    assert reverse("version_press_docx", args=[world.town.slug, world.version.pk]) in content
    assert '<textarea id="press-text"' in content
    assert "Beschluss-Nr. 2024/117" in content and "Stabsstelle Integration und Vielfalt" in content


def test_documents_overview_links_to_the_publication_page(world, client):
    client.force_login(world.users["coordination"])
    response = client.get(reverse("documents_overview", args=[world.town.slug, world.version.pk]))
    assert reverse("version_publication", args=[world.town.slug, world.version.pk]) in (
        response.content.decode()
    )


def test_press_release_as_word(world, client):
    furnish(world)
    client.force_login(world.users["council"])
    response = client.get(reverse("version_press_docx", args=[world.town.slug, world.version.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    document = docx.Document(io.BytesIO(response.content))
    assert "Integrationskonzept Musterstadt" in document.core_properties.title
    assert document.core_properties.language == "de-DE"
    assert document.core_properties.author == "Musterstadt"
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert len(headings) == 3 and "Integrationskonzept Musterstadt" in headings[0]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "38" in text and "Beschluss-Nr. 2024/117" in text and "64" in text
    highlighted = [
        run.text for p in document.paragraphs for run in p.runs if run.font.highlight_color
    ]
    assert highlighted and all(t.startswith("[") for t in highlighted)


def test_foreign_municipality_gets_404(world, client):
    client.force_login(world.users["foreign_coordinator"])
    for name in ("version_publication", "version_press_docx"):
        assert (
            client.get(reverse(name, args=[world.town.slug, world.version.pk])).status_code == 404
        )
        assert (
            client.get(reverse(name, args=[world.other_town.slug, world.version.pk])).status_code
            == 404
        )


# session, user, municipality and access (4), the version (1), the summary (9), messages (page)
PAGE_MAX_QUERIES = 15


def test_page_and_word_query_counts_are_pinned_and_do_not_grow(world, client):
    furnish(world, adopt=False)
    client.force_login(world.users["coordination"])
    urls = [
        reverse(name, args=[world.town.slug, world.version.pk])
        for name in ("version_publication", "version_press_docx")
    ]

    def counts():
        result = []
        for url in urls:
            with CaptureQueriesContext(connection) as context:
                assert client.get(url).status_code == 200
            result.append(len(context.captured_queries))
        return result

    small = counts()
    for i in range(20):
        field = FieldFactory(version=world.version, name=f"Feld {i}")
        MeasureFactory(field=field, goals=[GoalFactory(field=field)])
    large = counts()
    assert small == large
    assert max(large) <= PAGE_MAX_QUERIES, large


def press_release(language: str) -> PressRelease:
    return PressRelease(
        label="Press release",
        headline="“Integrationskonzept Musterstadt” adopted",
        subheadline="1 field of action · 2 goals · 2 measures",
        dateline="Musterstadt, 22 March 2024",
        lead="On 21 March 2024, the concept was adopted.",
        paragraphs=["First paragraph.", "Second paragraph."],
        quote="[Quote of the mayor]",
        reading="The full concept can be read at https://example.org.",
        contact_heading="Press contact",
        contact=["Stabsstelle Integration", "Musterstadt", "[contact person]"],
        about_heading="About the concept",
        about="About.",
        language=language,
    )


def test_press_word_file_has_its_parts_in_order_and_its_language():
    document = docx.Document(io.BytesIO(render_press_docx(press_release("en"), author="M")))
    blocks = [(p.style.name, p.text) for p in document.paragraphs if p.text]
    assert blocks == [
        ("Normal", "PRESS RELEASE"),
        ("Heading 1", "“Integrationskonzept Musterstadt” adopted"),
        ("Subtitle", "1 field of action · 2 goals · 2 measures"),
        ("Normal", "Musterstadt, 22 March 2024 – On 21 March 2024, the concept was adopted."),
        ("Normal", "First paragraph."),
        ("Normal", "Second paragraph."),
        ("Normal", "[Quote of the mayor]"),
        ("Normal", "The full concept can be read at https://example.org."),
        ("Heading 2", "Press contact"),
        ("Normal", "Stabsstelle Integration\nMusterstadt\n[contact person]"),
        ("Heading 2", "About the concept"),
        ("Normal", "About."),
    ]
    label, lead = document.paragraphs[0], document.paragraphs[3]
    assert all(run.bold for run in [*label.runs, *lead.runs])
    quote = next(p for p in document.paragraphs if p.text == "[Quote of the mayor]").runs[0]
    assert quote.italic and quote.font.highlight_color
    properties = document.core_properties
    assert (properties.language, properties.subject, properties.author) == (
        "en-GB",
        "Press release",
        "M",
    )
    defaults = document.styles.element.find(qn("w:docDefaults")).find(f".//{qn('w:lang')}")
    assert defaults.get(qn("w:val")) == "en-GB"
    assert document.tables == []
