"""Reads of the public site: only what is published, in a fixed number of queries.

What counts as published:

- a concept version is public once adopted; the *current* version is the adopted one
  adopted last, earlier adopted versions (now superseded) form the archive. Drafts and
  versions in consultation are never public here;
- a language is public for a version once its translation is published
  (``translations.VersionLanguage.published_at``); German always is;
- participation events with ``published``; response tables once published; surveys with
  status "open" and today within their dates; draft consultations open to the public and
  open today;
- on the progress page: the measures' states if coordination chose so, and the indicators
  it chose (``selected_indicator_ids``).
"""

import datetime
import hashlib

from django.apps import apps
from django.db.models import Count, Exists, Max, OuterRef, Q
from django.utils import timezone

from kompass.concepts.models import ConceptVersion, VersionStatus

from .models import PublicSite

PUBLIC_STATES = (VersionStatus.ADOPTED, VersionStatus.SUPERSEDED)
# A selected indicator is found again in later versions through its copies' predecessor
# links, across this many revisions.
SELECTION_HOPS = 4


def enabled_site(municipality) -> PublicSite | None:
    """The public site of ``municipality`` if switched on (one query), with ``has_concept``."""
    adopted = ConceptVersion.objects.filter(
        municipality=OuterRef("municipality"), status=VersionStatus.ADOPTED
    )
    site = (
        PublicSite.objects.filter(municipality=municipality, enabled=True)
        .annotate(has_concept=Exists(adopted))
        .first()
    )
    if site is not None:
        site.municipality = municipality
    return site


def site_for_editing(municipality) -> PublicSite:
    """The settings of ``municipality`` (a new, unsaved one with defaults if none yet)."""
    return PublicSite.objects.filter(municipality=municipality).first() or PublicSite(
        municipality=municipality
    )


def _public_versions(municipality):
    return ConceptVersion.objects.filter(
        municipality=municipality, status__in=PUBLIC_STATES
    ).select_related("concept")


def _with_municipality(version, municipality):
    if version is not None:
        version.municipality = municipality  # loaded already: no query for it later
    return version


def current_version(municipality) -> ConceptVersion | None:
    """The adopted version in force: of several adopted ones, the one adopted last."""
    version = (
        _public_versions(municipality)
        .filter(status=VersionStatus.ADOPTED)
        .order_by("-adopted_on", "-pk")
        .first()
    )
    return _with_municipality(version, municipality)


def public_version(municipality, pk: int) -> ConceptVersion | None:
    """An adopted or superseded version of ``municipality``; None for drafts and others."""
    return _with_municipality(_public_versions(municipality).filter(pk=pk).first(), municipality)


def archive_versions(municipality, *, exclude=None) -> list[ConceptVersion]:
    """Earlier adopted versions (superseded), the latest first."""
    versions = _public_versions(municipality).filter(status=VersionStatus.SUPERSEDED)
    if exclude is not None:
        versions = versions.exclude(pk=exclude.pk)
    return list(versions.order_by("-adopted_on", "-pk"))


def published_languages(version):
    """German first, then the languages published for ``version`` (German only without one)."""
    from kompass.core.languages import GERMAN, LANGUAGES

    if version is None or not apps.is_installed("kompass.translations"):
        return [LANGUAGES[GERMAN]]
    from kompass.translations.selectors import published_languages as load

    return load(version)


def overlay(objects, language_code: str) -> None:
    """Put the translations of ``language_code`` onto ``objects`` (see translations.services)."""
    if not apps.is_installed("kompass.translations"):
        return
    from kompass.translations.services import overlay as put

    put([o for o in objects if o is not None], language_code)


def selected_indicator_ids(site: PublicSite, version) -> set[int]:
    """The indicators of ``version`` coordination chose for the progress page (one query).

    The choice is stored as indicators of the version current when it was made. When a
    revision is adopted, each chosen indicator is followed to its copy in the new version
    through the copies' ``predecessor`` links (across up to ``SELECTION_HOPS`` revisions);
    indicators added in the new version are not shown until coordination chooses them.
    """
    from kompass.indicators.models import Indicator

    if site is None or site.pk is None or version is None:
        return set()
    chosen = PublicSite.indicators.through.objects.filter(publicsite=site).values("indicator_id")
    condition = Q(pk__in=chosen)
    path = "predecessor"
    for _hop in range(SELECTION_HOPS):
        condition |= Q(**{f"{path}__in": chosen})
        path += "__predecessor"
    return set(Indicator.objects.filter(condition, version=version).values_list("pk", flat=True))


def upcoming_events(municipality, *, now=None, limit=5):
    """Published participation events that have not ended yet, the next first."""
    if not apps.is_installed("kompass.participation"):
        return []
    from kompass.participation.models import ParticipationEvent

    now = now or timezone.now()
    return list(
        ParticipationEvent.objects.filter(municipality=municipality, published=True)
        .filter(Q(starts_at__gte=now) | Q(ends_at__gte=now))
        .select_related("format")
        .order_by("starts_at", "pk")[:limit]
    )


def response_tables(municipality):
    """Versions whose answers to the contributions are published."""
    if not apps.is_installed("kompass.participation"):
        return []
    from kompass.participation.models import VersionParticipation

    return list(
        VersionParticipation.objects.filter(
            municipality=municipality, response_published_at__isnull=False
        )
        .select_related("version__concept")
        .order_by("-response_published_at")
    )


def open_surveys(municipality, *, today: datetime.date | None = None):
    """Surveys open for answers today (``Survey.accepts_answers``: the one rule)."""
    if not apps.is_installed("kompass.surveys"):
        return []
    from kompass.surveys.models import Survey, SurveyStatus

    today = today or timezone.localdate()
    candidates = Survey.objects.filter(municipality=municipality, status=SurveyStatus.OPEN)
    return [s for s in candidates.order_by("closes_on", "pk") if s.accepts_answers(today)]


def open_consultations(municipality, *, today: datetime.date | None = None):
    """Public draft consultations that take comments today (``Consultation.is_open``)."""
    if not apps.is_installed("kompass.participation"):
        return []
    from kompass.participation.models import Consultation

    today = today or timezone.localdate()
    candidates = Consultation.objects.filter(
        municipality=municipality, is_public=True, closed_at__isnull=True
    )
    return [c for c in candidates.order_by("closes_on", "pk") if c.is_open(today)]


def latest_pdf(version, language_code: str):
    """The latest finished PDF of the concept document of ``version`` in that language."""
    from kompass.documents.models import DocumentFormat, GeneratedDocument, GenerationState

    return (
        GeneratedDocument.objects.filter(
            version=version,
            format=DocumentFormat.PDF,
            state=GenerationState.DONE,
            language=language_code,
        )
        .exclude(file="")
        .order_by("-finished_at", "-created_at", "-pk")
        .first()
    )


def document_stamp(version, language_code: str) -> str:
    """A short fingerprint of what can change in an adopted version's public document.

    The structure of an adopted version is frozen; what still changes are its translations,
    the municipality's look (logo and colour) and the indicator values behind the charts.
    Any change there gives a new stamp, and with it a new cache entry (two queries).
    """
    parts = [
        version.municipality.brand_colour or "",
        version.municipality.logo.name if version.municipality.logo else "",
    ]
    if apps.is_installed("kompass.translations") and language_code != "de":
        from kompass.translations.models import ContentTranslation, VersionLanguage

        translated = ContentTranslation.objects.filter(
            municipality_id=version.municipality_id, language=language_code
        ).aggregate(latest=Max("updated_at"), count=Count("pk"))
        published = (
            VersionLanguage.objects.filter(version=version, language=language_code)
            .values_list("published_at", flat=True)
            .first()
        )
        parts += [translated["latest"], translated["count"], published]
    from kompass.indicators.models import IndicatorValue

    values = IndicatorValue.objects.filter(indicator__version=version).aggregate(
        latest=Max("entered_at"), count=Count("pk")
    )
    parts += [values["latest"], values["count"]]
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:16]
