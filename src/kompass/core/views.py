"""The form and delete helpers every other view builds on."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import ProtectedError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from kompass.core.forms import model_form_values
from kompass.core.services import object_delete, object_save


def save_form(request, form, save=None, *, success_message: str):
    """Run ``save(form)`` in a transaction; turn model-layer refusals into form errors.

    Without ``save``, a ModelForm's values go to ``object_save``. Returns the saved result
    or ``None`` when the form (or the model layer) refused.
    """
    if not form.is_valid():
        return None
    save = save or (lambda f: object_save(**model_form_values(f), acting_user=request.user))
    try:
        with transaction.atomic():
            result = save(form)
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            for field, errors in error.error_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            form.add_error(None, error)
        return None
    messages.success(request, success_message)
    return result


def confirm_delete(
    request,
    *,
    obj,
    cancel_url,
    delete=None,
    success_url,
    extra_warning="",
    in_use=(),
    irreversible=True,
):
    """A confirmation page for deleting ``obj``; POST deletes via ``delete(obj)`` (by default
    ``object_delete``).

    ``in_use`` names what still refers to ``obj``: then nothing is deleted and the person is
    told why — as when the database itself protects the object. ``irreversible=False``
    leaves out "cannot be undone" where ``extra_warning`` says how to undo it.
    """
    delete = delete or (lambda o: object_delete(o, acting_user=request.user))
    if request.method == "POST" and not in_use:
        try:
            with transaction.atomic():
                delete(obj)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(cancel_url)
        except ProtectedError as error:
            in_use = sorted({str(o) for o in error.protected_objects})[:5]
        else:
            messages.success(request, _("“%(object)s” has been deleted.") % {"object": obj})
            return redirect(success_url)
    if in_use:
        messages.error(
            request,
            _("“%(object)s” is still in use and cannot be deleted: %(in_use)s")
            % {"object": obj, "in_use": "; ".join(in_use)},
        )
        return redirect(cancel_url)
    return render(
        request,
        "core/confirm_delete.html",
        {
            "object": obj,
            "cancel_url": cancel_url,
            "extra_warning": extra_warning,
            "irreversible": irreversible,
        },
    )


def render_form(request, *, form, title, cancel_url, formsets=(), intro="", obj=None, history=None):
    """The one form page: a form, its formsets, a cancel link and the object's history."""
    return render(
        request,
        "core/form.html",
        {
            "form": form,
            "title": title,
            "cancel_url": cancel_url,
            "formsets": formsets,
            "history": history,
            "intro": intro,
            "object": obj,
        },
    )


def refuse_locked(request, version):
    """Back to the version's overview with the note that an adopted version is read-only."""
    messages.info(
        request,
        _(
            "This version has been adopted and is read-only. Start a new version to change the concept."
        ),
    )
    return redirect(version.get_absolute_url())


def planning_form_view(
    request,
    municipality,
    *,
    form_class,
    version,
    instance,
    title,
    success_url,
    cancel_url=None,
    initial=None,
):
    """Create or edit one planning object of a version (the shared shape of those views)."""
    if version.is_locked:
        return refuse_locked(request, version)
    form = form_class(request.POST or None, instance=instance, version=version, initial=initial)
    if request.method == "POST":
        saved = save_form(request, form, success_message=_("Saved."))
        if saved:
            return redirect(success_url(saved))
    return render_form(
        request,
        form=form,
        title=title,
        cancel_url=cancel_url or version.get_absolute_url(),
        obj=instance,
    )
