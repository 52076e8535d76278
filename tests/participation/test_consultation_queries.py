"""The consultation pages need the same number of queries for 3 comments as for 40."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from kompass.participation.models import (
    ApprovalVote,
    Consultation,
    Contribution,
    ContributionSource,
    DraftComment,
    Moderation,
)

from ..factories import GoalFactory, MeasureFactory


@pytest.fixture
def qworld(pworld):
    Contribution.objects.filter(source=ContributionSource.DRAFT_COMMENT).delete()
    DraftComment.objects.all().delete()
    Consultation.objects.filter(pk=pworld.consultation.pk).update(
        opens_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    pworld.consultation.refresh_from_db()
    return pworld


def add_comments(w, n, start=0):
    """Comments on new goals and measures, half published and answered, half pending."""
    for index in range(start, start + n):
        goal = GoalFactory(field=w.field, title=f"Ziel {index}")
        measure = MeasureFactory(field=w.field, goals=[goal], title=f"Maßnahme {index}")
        published = index % 2 == 0
        DraftComment.objects.create(
            municipality=w.town,
            consultation=w.consultation,
            **({"goal": goal} if index % 3 else {"measure": measure}),
            text=f"Kommentar {index}",
            author=None if not published else w.users["steering_group"],
            public_name="" if published else f"Person {index}",
            moderation=Moderation.PUBLISHED if published else Moderation.PENDING,
            answer="Wird aufgenommen." if published else "",
        )


def count(client, url, expect=""):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    assert expect in response.content.decode(), (url, expect)
    return len(context.captured_queries)


def pages(w):
    args = [w.town.slug, w.consultation.pk]
    return [  # (user, address, a comment of the large set the page shows)
        ("coordination", reverse("consultation_detail", args=args), "Kommentar 42"),
        ("coordination", reverse("consultation_moderation", args=args), "Kommentar 41"),
        ("coordination", reverse("consultation_report", args=args), "Kommentar 42"),
        (None, reverse("public_consultation", args=args), "Kommentar 42"),
    ]


def test_consultation_pages_do_not_grow_with_comments(qworld, client):
    add_comments(qworld, 3)
    ApprovalVote.objects.filter(consultation=qworld.consultation).delete()
    small = {}
    for user, url, _expect in pages(qworld):
        client.logout()
        if user:
            client.force_login(qworld.users[user])
        small[url] = count(client, url)
    add_comments(qworld, 40, start=3)
    for user, url, expect in pages(qworld):
        client.logout()
        if user:
            client.force_login(qworld.users[user])
        assert count(client, url, expect) <= small[url], url
