"""Step 12, publication: the one-page summary (flyer PDF) and the draft press release.

Both are generated in the request: the summary takes a fixed handful of queries and the
flyer one WeasyPrint layout (rarely two or three), well under two seconds for any size.
"""

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from kompass.concepts.access import get_version
from kompass.tenancy.access import municipality_view

from .flyer import render_flyer
from .press import build_press_release, render_press_docx
from .summary import build_summary

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _file_stem(version, kind: str) -> str:
    return f"{kind}-{version.municipality.slug}-{version.number}"


def _attachment(content: bytes, *, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


@municipality_view()
def publication(request, municipality, pk):
    """The page of step 12: flyer and press release to download, the press text to copy."""
    version = get_version(municipality, pk)
    summary = build_summary(version)
    press = build_press_release(summary)
    return render(
        request,
        "documents/press_release.html",
        {
            "municipality": municipality,
            "version": version,
            "summary": summary,
            "press": press,
            "press_text": press.as_text(),
        },
    )


@municipality_view()
def flyer_pdf(request, municipality, pk):
    version = get_version(municipality, pk)
    pdf, _detail = render_flyer(build_summary(version))
    return _attachment(
        pdf,
        content_type="application/pdf",
        filename=_file_stem(version, _("Flyer")) + ".pdf",
    )


@municipality_view()
def press_docx(request, municipality, pk):
    version = get_version(municipality, pk)
    press = build_press_release(build_summary(version))
    return _attachment(
        render_press_docx(press, author=municipality.name),
        content_type=DOCX_TYPE,
        filename=_file_stem(version, _("Press-release")) + ".docx",
    )
