"""The public participation pages under /oeffentlich/<municipality>/beteiligung/ (no login).

Only published data appears here: events marked for the public site, response tables a
coordinator has published, and — behind a reference code — the answer to one's own online
contribution. Failed look-ups and submissions are rate-limited per client without storing
its address: the cache key is a keyed hash of address and time window, forgotten with it.
"""

from django.core.cache import cache
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import never_cache

from kompass.core import ratelimit
from kompass.tenancy.public import public_view

from . import services
from .forms import CodeLookupForm, PublicContributionForm
from .models import Contribution, ContributionSource, ParticipationEvent, VersionParticipation
from .selectors import contributions_for_response, public_count

LOOKUP_FAILURES_ALLOWED = 10
SUBMISSIONS_ALLOWED = 5
WINDOW_SECONDS = 15 * 60


# The public participation pages are a section of the public site's navigation.
participation_view = public_view(section="participation")


def _client_key(request, scope: str) -> str:
    return ratelimit.client_key(request, f"participation|{scope}", WINDOW_SECONDS)


def _count(request, scope: str) -> int:
    return cache.get(_client_key(request, scope), 0)


def _bump(request, scope: str) -> None:
    ratelimit.bump(_client_key(request, scope), WINDOW_SECONDS)


def _published_events(municipality):
    return ParticipationEvent.objects.filter(municipality=municipality, published=True)


def _public_version(municipality, pk):
    """A version whose response table is published or whose public form is open."""
    settings_ = get_object_or_404(
        VersionParticipation.objects.select_related("version__concept"),
        Q(response_published_at__isnull=False) | Q(accepts_online_contributions=True),
        municipality=municipality,
        version_id=pk,
    )
    return settings_.version, settings_


@participation_view
def index(request, municipality):
    events = _published_events(municipality).select_related("format").order_by("-starts_at")
    versions = VersionParticipation.objects.filter(
        Q(response_published_at__isnull=False) | Q(accepts_online_contributions=True),
        municipality=municipality,
    ).select_related("version__concept")
    return render(
        request,
        "participation/public/index.html",
        {"municipality": municipality, "events": events, "versions": versions},
    )


@participation_view
def event_page(request, municipality, pk):
    event = get_object_or_404(
        _published_events(municipality).select_related("format", "version"), pk=pk
    )
    rows = (
        contributions_for_response(event.version, event=event, public=True)
        if event.response_published_at
        else None
    )
    return render(
        request,
        "participation/public/event.html",
        {
            "municipality": municipality,
            "event": event,
            "participants": public_count(event.participant_count),
            "rows": rows,
        },
    )


@participation_view
def version_responses(request, municipality, pk):
    version, settings_ = _public_version(municipality, pk)
    if not settings_.response_published_at:
        raise Http404
    return render(
        request,
        "participation/public/responses.html",
        {
            "municipality": municipality,
            "version": version,
            "rows": contributions_for_response(version, public=True),
            "published_at": settings_.response_published_at,
        },
    )


@never_cache
@participation_view
def contribute(request, municipality, pk=None, event_pk=None):
    """The public form for an online contribution to an event or a version (no account)."""
    if event_pk is not None:
        event = get_object_or_404(
            _published_events(municipality).select_related("version"),
            pk=event_pk,
            accepts_online_contributions=True,
        )
        version, title = event.version, event.title
    else:
        event = None
        version, settings_ = _public_version(municipality, pk)
        if not settings_.accepts_online_contributions:
            raise Http404
        title = version.title or version.concept.title
    form = PublicContributionForm(request.POST or None)
    limited = _count(request, "submit") >= SUBMISSIONS_ALLOWED
    if request.method == "POST" and not limited and form.is_valid():
        _bump(request, "submit")
        if form.cleaned_data["website"]:
            # a robot filled in the honeypot: pretend success, store nothing
            return render(
                request,
                "participation/public/thanks.html",
                {"municipality": municipality, "code": None},
            )
        contribution = services.contribution_create(
            version=version,
            event=event,
            source=ContributionSource.ONLINE,
            text=form.cleaned_data["text"],
            kind=form.cleaned_data["kind"],
            with_reference_code=True,
        )
        return render(
            request,
            "participation/public/thanks.html",
            {"municipality": municipality, "code": contribution.reference_code},
        )
    response = render(
        request,
        "participation/public/contribute.html",
        {"municipality": municipality, "form": form, "title": title, "limited": limited},
    )
    if limited and request.method == "POST":
        response.status_code = 429
    return response


def _answer_is_published(contribution) -> bool:
    if contribution.event_id and contribution.event.response_published_at:
        return True
    settings_ = getattr(contribution.version, "participation", None)
    return bool(settings_ and settings_.response_published_at)


@never_cache
@participation_view
def lookup(request, municipality):
    """What became of my contribution? The same answer for unknown and unpublished codes."""
    form = CodeLookupForm(request.POST or None)
    contribution, not_found, limited = None, False, False
    if request.method == "POST":
        limited = _count(request, "lookup") >= LOOKUP_FAILURES_ALLOWED
        if not limited and form.is_valid():
            code = services.normalise_code(form.cleaned_data["code"])
            contribution = (
                Contribution.objects.filter(municipality=municipality, reference_code=code)
                .select_related("event", "version__participation", "merged_into")
                .first()
            )
            if contribution is not None and not _answer_is_published(contribution):
                contribution = None
            if contribution is None:
                not_found = True
                _bump(request, "lookup")
    answer_source = contribution
    if contribution is not None and contribution.merged_into_id:
        answer_source = contribution.merged_into
    decisions = answer_source.decisions.select_related("goal", "measure") if answer_source else None
    response = render(
        request,
        "participation/public/lookup.html",
        {
            "municipality": municipality,
            "form": form,
            "contribution": contribution,
            "decisions": decisions,
            "not_found": not_found,
            "limited": limited,
        },
    )
    if limited:
        response.status_code = 429
    return response
