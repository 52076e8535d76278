"""Concept document pages: narratives, generation with progress, downloads, the HTML view."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kompass.concepts.access import get_version
from kompass.core.history import history_entries
from kompass.core.jobs import job_reset, job_status_response
from kompass.core.languages import GERMAN, LANGUAGES
from kompass.core.views import refuse_locked, render_form, save_form
from kompass.tenancy.access import get_object_in_municipality, municipality_view

from . import services
from .content import build_document
from .downloads import file_response
from .forms import AppearanceForm, GenerateForm, NarrativeForm
from .models import (
    SECTION_HELP,
    GeneratedDocument,
    GenerationState,
    NarrativeSection,
    SectionKey,
)
from .render import render_css, render_html
from .selectors import document_languages

EDIT = "kompass.edit_concept"


def overview_url(version) -> str:
    return reverse("documents_overview", args=[version.municipality.slug, version.pk])


def get_document(municipality, pk) -> GeneratedDocument:
    return get_object_in_municipality(
        GeneratedDocument.objects.select_related("version__concept", "version__municipality"),
        municipality,
        pk=pk,
    )


@municipality_view()
def documents_overview(request, municipality, pk):
    version = get_version(municipality, pk)
    existing = {s.key: s for s in NarrativeSection.objects.filter(version=version)}
    sections = [
        (key, str(label), SECTION_HELP[key], existing.get(key)) for key, label in SectionKey.choices
    ]
    documents = list(
        GeneratedDocument.objects.filter(version=version).select_related("started_by")[:50]
    )
    for document in documents:
        document.content_language = LANGUAGES.get(document.language)
    languages = document_languages(version)
    can_edit = request.user.has_perm(EDIT, municipality)
    return render(
        request,
        "documents/overview.html",
        {
            "municipality": municipality,
            "version": version,
            "sections": sections,
            "documents": documents,
            "languages": languages,
            "can_edit_texts": can_edit and not version.is_locked,
            "can_generate": can_edit,
            "generate_form": GenerateForm(languages=languages),
        },
    )


def requested_language(request, version) -> str:
    """The content language of ``?sprache=``: German by default, 404 for one not offered."""
    code = request.GET.get("sprache") or GERMAN
    if code not in {language.code for language in document_languages(version)}:
        raise Http404
    return code


@municipality_view()
def document_html(request, municipality, pk):
    """The concept document in the browser: the same template as the PDF."""
    version = get_version(municipality, pk)
    language = requested_language(request, version)
    doc = build_document(version, language=language)
    stylesheet_url = reverse("document_css", args=[municipality.slug, version.pk])
    if language != GERMAN:
        stylesheet_url += f"?sprache={language}"
    html = render_html(doc, stylesheet_url=stylesheet_url, back_url=overview_url(version))
    return HttpResponse(html)


@municipality_view()
def document_css(request, municipality, pk):
    version = get_version(municipality, pk)
    # Only the running titles, the colour and the direction depend on the data: no need to
    # build the document.
    language = LANGUAGES[requested_language(request, version)]
    doc = _css_only(version, municipality, language)
    return HttpResponse(render_css(doc), content_type="text/css; charset=utf-8")


def _css_only(version, municipality, language):
    """A minimal stand-in for the stylesheet: title, municipality, colour and direction."""
    from types import SimpleNamespace

    from .content import DEFAULT_COLOUR

    return SimpleNamespace(
        title=version.concept.title,
        municipality=municipality,
        brand_colour=municipality.brand_colour or DEFAULT_COLOUR,
        language=language,
    )


@municipality_view(EDIT)
def narrative_edit(request, municipality, pk, key):
    version = get_version(municipality, pk)
    if key not in SectionKey.values:
        raise Http404
    if version.is_locked:
        return refuse_locked(request, version)
    instance = NarrativeSection.objects.filter(version=version, key=key).first()
    form = NarrativeForm(request.POST or None, instance=instance)
    if request.method == "POST" and save_form(
        request,
        form,
        lambda f: services.narrative_save(
            version=version,
            key=key,
            title=f.cleaned_data["title"],
            body=f.cleaned_data["body"],
            expected_lock_version=f.cleaned_data.get("lock_version"),
            acting_user=request.user,
        ),
        success_message=_("Saved."),
    ):
        return redirect(overview_url(version) + "#texte")
    return render_form(
        request,
        form=form,
        title=_("Text of the chapter “%(chapter)s”") % {"chapter": SectionKey(key).label},
        intro=SECTION_HELP[SectionKey(key)],
        cancel_url=overview_url(version),
        obj=instance,
        history=history_entries(instance) if instance else None,
    )


@require_POST
@municipality_view(EDIT)
def document_generate(request, municipality, pk):
    version = get_version(municipality, pk)
    form = GenerateForm(request.POST, languages=document_languages(version))
    if not form.is_valid():
        messages.error(request, _("Please choose a format and a language."))
        return redirect(overview_url(version))
    document = services.document_generate(
        version=version,
        format=form.cleaned_data["format"],
        language=form.cleaned_data["language"],
        acting_user=request.user,
    )
    return redirect("document_status", municipality=municipality.slug, pk=document.pk)


@municipality_view()
def document_status(request, municipality, pk):
    document = get_document(municipality, pk)
    return job_status_response(
        request,
        document,
        template="documents/status.html",
        partial="documents/_progress.html",
        context={
            "municipality": municipality,
            "document": document,
            "version": document.version,
            "overview_url": overview_url(document.version),
            "can_edit": request.user.has_perm(EDIT, municipality),
        },
    )


@require_POST
@municipality_view(EDIT)
def document_reset(request, municipality, pk):
    """Give up a generation whose worker has gone (only when it is really stuck)."""
    job_reset(get_document(municipality, pk))
    return redirect("document_status", municipality=municipality.slug, pk=pk)


@municipality_view()
def document_download(request, municipality, pk):
    document = get_document(municipality, pk)
    if document.state != GenerationState.DONE or not document.file:
        raise Http404
    return file_response(document)


@municipality_view(EDIT)
def appearance_edit(request, municipality):
    form = AppearanceForm(request.POST or None, request.FILES or None, instance=municipality)
    back = reverse("municipality_settings", args=[municipality.slug])
    if request.method == "POST" and save_form(
        request, form, lambda f: f.save(), success_message=_("Saved.")
    ):
        return redirect(back)
    return render_form(
        request,
        form=form,
        title=_("Look of the publications"),
        intro=_(
            "The logo and the colour appear on the cover and in the headings of the concept document."
        ),
        cancel_url=back,
    )
