"""The public site's pages (no login) and its settings page for coordination."""

import mimetypes

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control

from kompass.concepts.models import Vision
from kompass.core.views import save_form
from kompass.documents.content import status_rules
from kompass.tenancy.access import municipality_view
from kompass.tenancy.public import public_view

from . import concept, selectors, services
from .enforcement import OVERVIEW_URL, enforcement_body_for
from .forms import PublicSiteForm
from .progress import progress_page

EDIT = "kompass.edit_public_site"


@municipality_view(EDIT)
def site_settings(request, municipality):
    site = selectors.site_for_editing(municipality)
    version = selectors.current_version(municipality)
    form = PublicSiteForm(
        request.POST or None,
        instance=site,
        version=version,
        selected_ids=selectors.selected_indicator_ids(site, version),
        enforcement_default=enforcement_body_for(municipality.land),
    )
    if request.method == "POST" and save_form(
        request,
        form,
        lambda f: services.public_site_save(
            site=f.instance,
            version=version,
            indicators=f.cleaned_data["indicators"],
            expected_lock_version=f.cleaned_data.get("lock_version"),
            acting_user=request.user,
        ),
        success_message=_("Saved."),
    ):
        return redirect("public_site_settings", municipality=municipality.slug)
    return render(
        request,
        "public/settings.html",
        {
            "municipality": municipality,
            "form": form,
            "site": site,
            "version": version,
            "overview_url": OVERVIEW_URL,
        },
    )


def _start_context(municipality, version):
    vision = Vision.objects.filter(version=version).first() if version else None
    guidelines = list(version.guidelines.all()) if version else []
    fields = list(version.fields.all()) if version else []
    return vision, guidelines, fields


@public_view(site_required=True, section="start")
def start(request, municipality):
    page = request.public
    version = selectors.current_version(municipality)
    language = page.offer(selectors.published_languages(version))
    vision, guidelines, fields = _start_context(municipality, version)
    # the version's own title, unless it only repeats the (German) concept title
    subtitle = version.title if version and version.title != version.concept.title else ""
    if version is not None:
        selectors.overlay([version.concept, vision, *guidelines, *fields], language.code)
    surveys = selectors.open_surveys(municipality)
    return render(
        request,
        "public/start.html",
        {
            "municipality": municipality,
            "version": version,
            "subtitle": subtitle,
            "vision": vision,
            "guidelines": guidelines,
            "fields": fields,
            "events": selectors.upcoming_events(municipality),
            "response_tables": selectors.response_tables(municipality),
            "surveys": [
                (survey, survey.text("title", language.code), language.code in survey.languages)
                for survey in surveys
            ],
            "consultations": selectors.open_consultations(municipality),
            "archive": selectors.archive_versions(municipality, exclude=version),
        },
    )


def _concept_version(municipality, pk):
    version = (
        selectors.public_version(municipality, pk)
        if pk is not None
        else selectors.current_version(municipality)
    )
    if version is None:
        raise Http404
    return version


@public_view(site_required=True, section="concept")
def concept_page(request, municipality, pk=None):
    """The concept document of an adopted (or, from the archive, superseded) version."""
    page = request.public
    version = _concept_version(municipality, pk)
    language = page.offer(selectors.published_languages(version))
    html = concept.framed_document(
        request,
        version,
        language,
        pdf=selectors.latest_pdf(version, language.code),
        current=selectors.current_version(municipality) if pk is not None else version,
    )
    return HttpResponse(html)


@public_view(site_required=True)
def concept_css(request, municipality, pk):
    version = _concept_version(municipality, pk)
    language = request.public.offer(selectors.published_languages(version))
    css = concept.document_css(version, language)
    return HttpResponse(css, content_type="text/css; charset=utf-8")


@public_view(site_required=True)
def concept_pdf(request, municipality, pk):
    """The latest generated PDF of the version in the language of the address."""
    from kompass.documents.downloads import file_response

    version = _concept_version(municipality, pk)
    language = request.public.offer(selectors.published_languages(version))
    document = selectors.latest_pdf(version, language.code)
    if document is None:
        raise Http404
    return file_response(document)


@public_view(site_required=True, section="progress")
def progress(request, municipality):
    page = request.public
    version = selectors.current_version(municipality)
    if version is None:
        raise Http404
    language = page.offer(selectors.published_languages(version))
    data = progress_page(version, page.site, language.code, today=timezone.localdate())
    return render(
        request,
        "public/progress.html",
        {
            "municipality": municipality,
            "version": version,
            "progress": data,
            "rules": status_rules(),
        },
    )


def _ltr_link(url: str):
    """A link whose address reads left to right also inside right-to-left text."""
    return format_html('<a href="{}" dir="ltr">{}</a>', url, url)


@public_view(site_required=True, section="accessibility")
def accessibility(request, municipality):
    page = request.public
    version = selectors.current_version(municipality)
    page.offer(selectors.published_languages(version))
    return render(
        request,
        "public/accessibility.html",
        {
            "municipality": municipality,
            "site": page.site,
            "site_url": _ltr_link(
                request.build_absolute_uri(reverse("public_start", args=[municipality.slug]))
            ),
        },
    )


@cache_control(public=True, max_age=3600)
@public_view(site_required=True)
def logo(request, municipality):
    """The municipality's logo for the header (PNG or JPEG, checked on upload)."""
    if not municipality.logo:
        raise Http404
    content_type = mimetypes.guess_type(municipality.logo.name)[0] or "image/png"
    return FileResponse(municipality.logo.open("rb"), content_type=content_type)
