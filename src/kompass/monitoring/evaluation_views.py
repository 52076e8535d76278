"""Evaluations of a measure and their attachments.

Every member reads them; coordination and the measure's own responsible unit write them
(``kompass.evaluate_measure``). Attachments are stored under MEDIA_ROOT, which is never
served directly: files go out only through ``attachment_download`` after the same checks.
"""

import mimetypes

from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from kompass.core.forms import model_form_values
from kompass.core.history import history_entries
from kompass.core.views import confirm_delete, render_form, save_form
from kompass.measures.access import get_measure
from kompass.tenancy.access import get_object_in_municipality, municipality_view, require

from . import services
from .forms import AttachmentForm, EvaluationForm
from .models import Evaluation, EvaluationAttachment

EVALUATE = "kompass.evaluate_measure"


def get_evaluation(municipality, pk) -> Evaluation:
    return get_object_in_municipality(
        Evaluation.objects.select_related(
            "measure__version__concept", "measure__responsible_unit", "created_by"
        ),
        municipality,
        pk=pk,
    )


def get_attachment(municipality, pk) -> EvaluationAttachment:
    return get_object_in_municipality(
        EvaluationAttachment.objects.select_related("evaluation__measure"), municipality, pk=pk
    )


def _detail_url(municipality, evaluation) -> str:
    return reverse("evaluation_detail", args=[municipality.slug, evaluation.pk])


def _measure_url(municipality, measure) -> str:
    return reverse("measure_detail", args=[municipality.slug, measure.pk]) + "#evaluationen"


@municipality_view()
def evaluation_detail(request, municipality, pk):
    evaluation = get_evaluation(municipality, pk)
    return render(
        request,
        "monitoring/evaluation_detail.html",
        {
            "municipality": municipality,
            "object": evaluation,
            "measure": evaluation.measure,
            "version": evaluation.measure.version,
            "attachments": evaluation.attachments.select_related("uploaded_by"),
            "history": history_entries(evaluation),
            "can_evaluate": request.user.has_perm(EVALUATE, evaluation.measure),
        },
    )


@municipality_view()
def evaluation_create(request, municipality, pk):
    measure = get_measure(municipality, pk)
    require(request, EVALUATE, measure)
    form = EvaluationForm(
        request.POST or None, instance=Evaluation(measure=measure, municipality=municipality)
    )
    if request.method == "POST":
        saved = save_form(
            request,
            form,
            lambda f: services.evaluation_save(
                **model_form_values(f, "evaluation"), acting_user=request.user
            ),
            success_message=_("The evaluation has been saved. You can now attach files."),
        )
        if saved:
            return redirect(_detail_url(municipality, saved))
    return render_form(
        request,
        form=form,
        title=_("New evaluation of “%(measure)s”") % {"measure": measure.title},
        cancel_url=_measure_url(municipality, measure),
    )


@municipality_view()
def evaluation_edit(request, municipality, pk):
    evaluation = get_evaluation(municipality, pk)
    require(request, EVALUATE, evaluation.measure)
    form = EvaluationForm(request.POST or None, instance=evaluation)
    if request.method == "POST" and save_form(
        request,
        form,
        lambda f: services.evaluation_save(
            **model_form_values(f, "evaluation"), acting_user=request.user
        ),
        success_message=_("Saved."),
    ):
        return redirect(_detail_url(municipality, evaluation))
    return render_form(
        request,
        form=form,
        title=_("Edit evaluation"),
        cancel_url=_detail_url(municipality, evaluation),
        obj=evaluation,
    )


@municipality_view()
def evaluation_delete(request, municipality, pk):
    evaluation = get_evaluation(municipality, pk)
    require(request, EVALUATE, evaluation.measure)
    return confirm_delete(
        request,
        obj=evaluation,
        delete=lambda o: services.evaluation_delete(evaluation=o, acting_user=request.user),
        cancel_url=_detail_url(municipality, evaluation),
        success_url=_measure_url(municipality, evaluation.measure),
        extra_warning=_("Its attached files are deleted with it."),
    )


@municipality_view()
def attachment_create(request, municipality, pk):
    evaluation = get_evaluation(municipality, pk)
    require(request, EVALUATE, evaluation.measure)
    form = AttachmentForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and save_form(
        request,
        form,
        lambda f: services.attachment_add(
            attachment=f.instance, evaluation=evaluation, acting_user=request.user
        ),
        success_message=_("The file has been attached."),
    ):
        return redirect(_detail_url(municipality, evaluation) + "#anhaenge")
    return render_form(
        request,
        form=form,
        title=_("Attach a file"),
        cancel_url=_detail_url(municipality, evaluation),
        obj=evaluation,
    )


@municipality_view()
def attachment_download(request, municipality, pk):
    """The file of an attachment, only for members (never a public media URL)."""
    attachment = get_attachment(municipality, pk)
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    name = attachment.filename
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return FileResponse(handle, as_attachment=True, filename=name, content_type=content_type)


@municipality_view()
def attachment_delete(request, municipality, pk):
    attachment = get_attachment(municipality, pk)
    require(request, EVALUATE, attachment.evaluation.measure)
    url = _detail_url(municipality, attachment.evaluation) + "#anhaenge"
    return confirm_delete(
        request,
        obj=attachment,
        delete=lambda o: services.attachment_delete(attachment=o, acting_user=request.user),
        cancel_url=url,
        success_url=url,
    )
