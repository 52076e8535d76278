"""Free-text answers become contributions of the participation app, linked back to the answer."""

from django.urls import reverse

from kompass.participation.models import Contribution, ContributionSource
from kompass.surveys.models import Answer

from .conftest import make_survey
from .test_results import submit


def test_chosen_free_texts_become_contributions_once(world, login):
    survey = make_survey(world.town, concept_version=world.version)
    submit(survey, single=0, scale=3, text="Mehr Sprachcafés")
    submit(survey, single=0, scale=3, text="Längere Öffnungszeiten")
    first, second = Answer.objects.exclude(text="").order_by("pk")
    client = login(world.users["coordination"])
    url = reverse("survey_contributions", args=[world.town.slug, survey.pk])
    page = client.get(url).content.decode()
    assert "Mehr Sprachcafés" in page and 'name="answers"' in page
    # when one answer is chosen
    response = client.post(url, {"answers": [str(first.pk)], "version": str(world.version.pk)})
    # then it became a survey contribution of the version, pointing back at the answer
    assert response.status_code == 302
    contribution = Contribution.objects.get()
    assert contribution.source == ContributionSource.SURVEY
    assert contribution.text == "Mehr Sprachcafés"
    assert contribution.version == world.version
    assert contribution.origin == first
    # and it is not offered again; the page links to the contribution
    page = client.get(url).content.decode()
    # (the checkbox, not just any value: the version select may carry the same number)
    assert f'name="answers" value="{first.pk}"' not in page
    assert f'name="answers" value="{second.pk}"' in page
    assert reverse("contribution_detail", args=[world.town.slug, contribution.pk]) in page
    client.post(url, {"answers": [str(first.pk)], "version": str(world.version.pk)})
    assert Contribution.objects.count() == 1


def test_answers_of_another_survey_cannot_be_smuggled_in(world, login):
    survey = make_survey(world.town, concept_version=world.version)
    other = make_survey(world.town)
    submit(other, single=0, scale=3, text="Fremde Antwort")
    foreign = Answer.objects.exclude(text="").get()
    client = login(world.users["coordination"])
    response = client.post(
        reverse("survey_contributions", args=[world.town.slug, survey.pk]),
        {"answers": [str(foreign.pk)], "version": str(world.version.pk)},
    )
    assert response.status_code == 200
    assert Contribution.objects.count() == 0


def test_readers_cannot_turn_answers_into_contributions(world, login):
    survey = make_survey(world.town, concept_version=world.version)
    submit(survey, single=0, scale=3, text="Text")
    answer = Answer.objects.exclude(text="").get()
    client = login(world.users["council"])
    response = client.post(
        reverse("survey_contributions", args=[world.town.slug, survey.pk]),
        {"answers": [str(answer.pk)], "version": str(world.version.pk)},
    )
    assert response.status_code == 403
    assert Contribution.objects.count() == 0


def test_large_answer_numbers_are_not_grouped_in_the_form(world, login):
    """German number formatting must never reach ids in forms: 12345, not 12.345."""
    survey = make_survey(world.town, concept_version=world.version)
    submit(survey, single=0, scale=3, text="Mehr Sprachcafés")
    answer = Answer.objects.exclude(text="").get()
    Answer.objects.filter(pk=answer.pk).update(id=12345)
    client = login(world.users["coordination"])
    url = reverse("survey_contributions", args=[world.town.slug, survey.pk])
    page = client.get(url).content.decode()
    assert 'name="answers" value="12345"' in page and "12.345" not in page
    client.post(url, {"answers": ["12345"], "version": str(world.version.pk)})
    assert Contribution.objects.get().origin_id == 12345
