"""The translation workflow of coordination: languages and progress, the editor, spreadsheets."""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from kompass.concepts.access import get_version
from kompass.core.languages import LANGUAGES
from kompass.core.views import confirm_delete
from kompass.tenancy.access import get_object_in_municipality, municipality_view

from . import services, sheets
from .forms import LanguageAddForm, SheetUploadForm, TranslationPage
from .models import VersionLanguage
from .selectors import (
    OPEN_STATES,
    PARTS,
    language_progress,
    version_languages,
    version_text_entries,
)

TRANSLATE = "kompass.translate_content"
PER_PAGE = 30
OPEN, ALL = "offen", "alle"


def overview_url(version) -> str:
    return reverse("translations_overview", args=[version.municipality.slug, version.pk])


def get_version_language(municipality, version, language) -> VersionLanguage:
    """A language of ``version`` (404 if the version is not being translated into it)."""
    return get_object_in_municipality(
        VersionLanguage, municipality, version=version, language=language
    )


@municipality_view(TRANSLATE)
def translations_overview(request, municipality, pk):
    version = get_version(municipality, pk)
    languages = version_languages(version)
    form = LanguageAddForm(request.POST or None, taken={e.language for e in languages})
    if request.method == "POST" and form.is_valid():
        entry = services.version_language_add(
            version=version, language=form.cleaned_data["language"]
        )
        messages.success(
            request,
            _("%(language)s has been added. The texts can now be translated.")
            % {"language": entry},
        )
        return redirect(overview_url(version))
    return render(
        request,
        "translations/overview.html",
        {
            "municipality": municipality,
            "version": version,
            "progress": language_progress(version),
            "form": form,
            "can_add": bool(form.fields["language"].choices),
        },
    )


@municipality_view(TRANSLATE)
def translations_publish(request, municipality, pk, language):
    """Confirm, then offer the language on the public site (or stop offering it)."""
    version = get_version(municipality, pk)
    entry = get_version_language(municipality, version, language)
    if request.method == "POST":
        publish = request.POST.get("publish") == "1"
        services.version_language_publish(entry=entry, publish=publish)
        if publish:
            message = _("The public site now offers %(language)s.")
        else:
            message = _("The public site no longer offers %(language)s.")
        messages.success(request, message % {"language": entry})
        return redirect(overview_url(version))
    progress = next(p for p in language_progress(version) if p.entry.pk == entry.pk)
    return render(
        request,
        "translations/publish.html",
        {
            "municipality": municipality,
            "version": version,
            "entry": entry,
            "progress": progress,
            "cancel_url": overview_url(version),
        },
    )


@municipality_view(TRANSLATE)
def translations_language_remove(request, municipality, pk, language):
    version = get_version(municipality, pk)
    entry = get_version_language(municipality, version, language)
    return confirm_delete(
        request,
        obj=entry,
        delete=lambda e: services.version_language_remove(entry=e),
        cancel_url=overview_url(version),
        success_url=overview_url(version),
        extra_warning=_(
            "The language is taken off this version and the public site no longer offers it. "
            "The translated texts are kept: when you add the language again, they are there "
            "again."
        ),
        irreversible=False,
    )


def _choice(value, allowed, default):
    return value if value in allowed else default


@municipality_view(TRANSLATE)
def translations_edit(request, municipality, pk, language):
    version = get_version(municipality, pk)
    entry = get_version_language(municipality, version, language)
    params = request.POST if request.method == "POST" else request.GET
    show = _choice(params.get("zeige"), (OPEN, ALL), OPEN)
    entries = version_text_entries(version, language)
    open_counts = dict.fromkeys(PARTS, 0)
    for text in entries:
        if text.state in OPEN_STATES:
            open_counts[text.part] += 1
    default_part = next((p for p, count in open_counts.items() if count), "vision")
    part = _choice(params.get("teil"), PARTS, default_part)
    listed = [e for e in entries if e.part == part and (show == ALL or e.state in OPEN_STATES)]
    page = Paginator(listed, PER_PAGE).get_page(params.get("seite"))
    query = {"teil": part, "zeige": show}
    here = reverse("translations_edit", args=[municipality.slug, version.pk, language])

    if request.method == "POST":
        form = TranslationPage.from_post(request.POST, {e.key: e for e in entries})
        back = f"{here}?{urlencode({**query, 'seite': page.number})}"
        changes = form.changes()
        if form.unknown:
            messages.error(
                request,
                _(
                    "Some texts of this page no longer exist or no longer have a German text. "
                    "Nothing has been saved; please check the page again."
                ),
            )
        elif not changes:
            messages.info(request, _("Nothing to save: no translation has been changed."))
            return redirect(back)
        else:
            try:
                count = services.translations_save(
                    version=version, language=language, changes=changes, acting_user=request.user
                )
            except ValidationError as error:
                if hasattr(error, "error_dict"):
                    form.refuse(error.error_dict)
                    messages.error(
                        request,
                        _(
                            "Nothing has been saved. Please look at the marked texts and save "
                            "again."
                        ),
                    )
                else:
                    messages.error(request, " ".join(error.messages))
            else:
                messages.success(
                    request,
                    ngettext("%(count)s translation saved.", "%(count)s translations saved.", count)
                    % {"count": count},
                )
                return redirect(back)
    else:
        form = TranslationPage.from_entries(page.object_list)

    return render(
        request,
        "translations/edit.html",
        {
            "municipality": municipality,
            "version": version,
            "entry": entry,
            "language": LANGUAGES[language],
            "parts": [(key, label, open_counts[key]) for key, label in PARTS.items()],
            "part": part,
            "part_label": PARTS[part],
            "show": show,
            "page": page,
            "page_links": list(page.paginator.get_elided_page_range(page.number, on_each_side=2)),
            "ellipsis": Paginator.ELLIPSIS,
            "rows": form.rows,
            "query": urlencode(query),
            "part_query": urlencode({"zeige": show}),
        },
    )


@municipality_view(TRANSLATE)
def translations_export(request, municipality, pk, language):
    version = get_version(municipality, pk)
    get_version_language(municipality, version, language)
    only_open = request.GET.get("zeige", OPEN) != ALL
    content = sheets.export_language(version, language, only_open=only_open)
    response = HttpResponse(
        content,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    name = sheets.file_name(version, language, only_open=only_open)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _upload_key(version, language) -> str:
    return f"translations-upload-{version.pk}-{language}"


@municipality_view(TRANSLATE)
def translations_import(request, municipality, pk, language):
    """Upload a filled-in sheet, see what it changes, then save it: all or nothing."""
    version = get_version(municipality, pk)
    entry = get_version_language(municipality, version, language)
    form = SheetUploadForm(request.POST or None, request.FILES or None)
    session_key = _upload_key(version, language)
    problems = []
    context = {
        "municipality": municipality,
        "version": version,
        "entry": entry,
        "language": LANGUAGES[language],
        "cancel_url": overview_url(version),
    }
    if request.method == "POST" and request.POST.get("confirm"):
        data = request.session.get(session_key)
        if not data:
            messages.error(request, _("The upload has expired; please upload the file again."))
            return redirect(request.path)
        plan = sheets.save_language_sheet(
            version=version,
            language=language,
            plan=sheets.SheetResult.from_json(data),
            acting_user=request.user,
        )
        request.session.pop(session_key, None)
        if not plan.problems:
            messages.success(
                request,
                _(
                    "The spreadsheet has been read: %(saved)s translations saved, %(unchanged)s "
                    "unchanged, %(empty)s rows without a translation skipped."
                )
                % {"saved": plan.saved, "unchanged": plan.unchanged, "empty": plan.skipped},
            )
            return redirect(overview_url(version))
        problems = plan.problems
        form = SheetUploadForm()
    elif request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        plan = sheets.read_language_sheet(
            version=version, language=language, data=upload.read(), filename=upload.name
        )
        if not plan.problems and not plan.has_changes:
            messages.info(
                request,
                _(
                    "The spreadsheet changes nothing: %(unchanged)s translations are unchanged, "
                    "%(empty)s rows have no translation."
                )
                % {"unchanged": plan.unchanged, "empty": plan.skipped},
            )
            return redirect(overview_url(version))
        if not plan.problems:
            request.session[session_key] = plan.as_json()
            return render(request, "translations/import_preview.html", {**context, "plan": plan})
        problems = plan.problems
    return render(
        request, "translations/import.html", {**context, "form": form, "problems": problems}
    )
