"""The draft consultation: comments, moderation, contributions, answers, the vote, the report."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from kompass.participation import consultation as cs
from kompass.participation.models import (
    ApprovalVote,
    Consultation,
    Contribution,
    ContributionSource,
    DraftComment,
    Moderation,
)


@pytest.fixture
def cworld(pworld):
    # start from an empty consultation (the shared fixture carries one comment)
    Contribution.objects.filter(source=ContributionSource.DRAFT_COMMENT).delete()
    DraftComment.objects.all().delete()
    Consultation.objects.filter(pk=pworld.consultation.pk).update(
        opens_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    pworld.consultation.refresh_from_db()
    return pworld


def detail(w):
    return reverse("consultation_detail", args=[w.town.slug, w.consultation.pk])


def public(w, town=None):
    return reverse("public_consultation", args=[(town or w.town).slug, w.consultation.pk])


def test_a_member_comments_and_the_comment_lands_in_triage(cworld, client):
    client.force_login(cworld.users["steering_group"])
    response = client.post(
        detail(cworld), {"target": f"goal-{cworld.goal.pk}", "text": "Ziel konkreter fassen."}
    )
    assert response.status_code == 302
    comment = DraftComment.objects.get()
    assert comment.goal == cworld.goal and comment.moderation == Moderation.PUBLISHED
    contribution = Contribution.objects.get(source=ContributionSource.DRAFT_COMMENT)
    assert contribution.origin == comment and contribution.field == cworld.goal.field
    assert "Ziel konkreter fassen." in client.get(detail(cworld)).content.decode()


def test_comments_on_objects_of_another_version_are_refused(cworld, client, django_user_model):
    from tests.factories import GuidelineFactory, VersionFactory

    other = GuidelineFactory(version=VersionFactory(concept__municipality=cworld.town))
    client.force_login(cworld.users["steering_group"])
    client.post(detail(cworld), {"target": f"guideline-{other.pk}", "text": "x"})
    assert not DraftComment.objects.exists()


def test_a_public_comment_waits_for_moderation(cworld, client):
    response = client.post(
        public(cworld),
        {"target": f"measure-{cworld.measure.pk}", "text": "Öffentlicher Hinweis", "name": "Ana"},
    )
    assert response.status_code == 200
    comment = DraftComment.objects.get()
    assert comment.moderation == Moderation.PENDING and comment.author is None
    assert comment.public_name == "Ana"
    assert not Contribution.objects.filter(source=ContributionSource.DRAFT_COMMENT).exists()
    assert "Öffentlicher Hinweis" not in client.get(public(cworld)).content.decode()
    client.force_login(cworld.users["coordination"])
    queue = reverse("consultation_moderation", args=[cworld.town.slug, cworld.consultation.pk])
    assert "Öffentlicher Hinweis" in client.get(queue).content.decode()
    client.post(queue, {"comment": comment.pk, "publish": "1"})
    comment.refresh_from_db()
    assert comment.moderation == Moderation.PUBLISHED
    assert Contribution.objects.get(source=ContributionSource.DRAFT_COMMENT).origin == comment
    client.logout()
    assert "Öffentlicher Hinweis" in client.get(public(cworld)).content.decode()


def test_the_honeypot_stores_nothing_and_rejected_comments_stay_hidden(cworld, client):
    client.post(
        public(cworld), {"target": f"goal-{cworld.goal.pk}", "text": "Spam", "website": "x"}
    )
    assert not DraftComment.objects.exists()
    comment = cs.comment_create(
        consultation=cworld.consultation, target_key=f"goal-{cworld.goal.pk}", text="Werbung"
    )
    cs.comment_moderate(comment=comment, publish=False, acting_user=cworld.users["coordination"])
    assert "Werbung" not in client.get(public(cworld)).content.decode()
    assert not Contribution.objects.filter(source=ContributionSource.DRAFT_COMMENT).exists()


def test_public_comments_are_rate_limited(cworld, client):
    for i in range(5):
        client.post(public(cworld), {"target": f"goal-{cworld.goal.pk}", "text": f"Hinweis {i}"})
    response = client.post(public(cworld), {"target": f"goal-{cworld.goal.pk}", "text": "zu viel"})
    assert response.status_code == 429
    assert DraftComment.objects.count() == 5


def test_the_public_page_is_404_when_not_public_closed_or_foreign(cworld, client):
    assert client.get(public(cworld)).status_code == 200
    assert client.get(public(cworld, town=cworld.other_town)).status_code == 404
    cworld.consultation.closed_at = timezone.now()
    cworld.consultation.save()
    assert client.get(public(cworld)).status_code == 404
    cworld.consultation.closed_at = None
    cworld.consultation.is_public = False
    cworld.consultation.save()
    assert client.get(public(cworld)).status_code == 404


def test_coordination_answers_a_comment(cworld, client):
    comment = cs.comment_create(
        consultation=cworld.consultation,
        target_key=f"guideline-{cworld.guideline.pk}",
        text="Leitlinie ergänzen",
        acting_user=cworld.users["steering_group"],
    )
    target = reverse("draft_comment_answer", args=[cworld.town.slug, comment.pk])
    client.force_login(cworld.users["steering_group"])
    assert client.post(target, {"answer": "Nein"}).status_code == 403
    client.force_login(cworld.users["coordination"])
    assert client.post(target, {"answer": "Wird ergänzt."}).status_code == 302
    comment.refresh_from_db()
    assert comment.answer == "Wird ergänzt." and comment.answered_by == cworld.users["coordination"]
    assert comment.answered_at is not None


def test_one_vote_per_user_and_the_tally(cworld, client):
    client.force_login(cworld.users["steering_group"])
    client.post(detail(cworld), {"vote": "approve", "remark": ""})
    client.post(detail(cworld), {"vote": "changes", "remark": "Mehr Budget"})
    client.force_login(cworld.users["council"])
    client.post(detail(cworld), {"vote": "reject", "remark": ""})
    assert ApprovalVote.objects.count() == 2
    assert ApprovalVote.objects.get(user=cworld.users["steering_group"]).vote == "changes"
    tally = dict(cs.vote_tally(cworld.consultation).counts)
    assert [tally[k] for k in tally] == [0, 1, 1]


def test_no_comments_or_votes_once_closed(cworld, client):
    cs.consultation_open_close(
        consultation=cworld.consultation, open_=False, acting_user=cworld.users["coordination"]
    )
    client.force_login(cworld.users["steering_group"])
    client.post(detail(cworld), {"vote": "approve"})
    client.post(detail(cworld), {"target": f"goal-{cworld.goal.pk}", "text": "spät"})
    assert not ApprovalVote.objects.exists() and not DraftComment.objects.exists()


def test_opening_puts_the_draft_into_consultation(cworld):
    cworld.consultation.closed_at = timezone.now()
    cworld.consultation.save()
    cs.consultation_open_close(
        consultation=cworld.consultation, open_=True, acting_user=cworld.users["coordination"]
    )
    cworld.version.refresh_from_db()
    assert cworld.version.status == "consultation" and cworld.consultation.is_open()


def test_the_report_lists_comments_answers_and_the_tally(cworld, client):
    comment = cs.comment_create(
        consultation=cworld.consultation,
        target_key=f"measure-{cworld.measure.pk}",
        text="Maßnahme früher starten",
        acting_user=cworld.users["steering_group"],
    )
    cs.comment_answer(
        comment=comment,
        answer="Start auf 2025 vorgezogen.",
        acting_user=cworld.users["coordination"],
    )
    cs.vote_record(
        consultation=cworld.consultation, user=cworld.users["council"], vote="approve", remark="Gut"
    )
    client.force_login(cworld.users["council"])
    html = client.get(
        reverse("consultation_report", args=[cworld.town.slug, cworld.consultation.pk])
    ).content.decode()
    for text in (
        "Maßnahme früher starten",
        "Start auf 2025 vorgezogen.",
        cworld.measure.title,
        "Gut",
    ):
        assert text in html


def test_foreign_users_do_not_find_the_consultation(cworld, client):
    client.force_login(cworld.users["foreign_coordinator"])
    assert client.get(detail(cworld)).status_code == 404
    foreign = reverse("consultation_detail", args=[cworld.other_town.slug, cworld.consultation.pk])
    assert client.get(foreign).status_code == 404
