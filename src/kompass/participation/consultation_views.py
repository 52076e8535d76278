"""Staff and public pages of the draft consultation: draft with comments, moderation, vote, report."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from kompass.core.history import history_entries
from kompass.core.views import render_form, save_form
from kompass.tenancy.access import get_object_in_municipality, municipality_view

from . import consultation as cs
from .models import ApprovalVote, Consultation, DraftComment, Moderation
from .public import SUBMISSIONS_ALLOWED, _bump, _count, participation_view
from .views import get_version, overview_url

RUN = "kompass.run_consultation"
TAKE_PART = "kompass.take_part_in_consultation"


def get_consultation(municipality, pk):
    return get_object_in_municipality(
        Consultation.objects.select_related("version__concept"), municipality, pk=pk
    )


def consultation_url(consultation):
    return reverse(
        "consultation_detail", args=[consultation.version.municipality.slug, consultation.pk]
    )


@municipality_view(RUN)
def consultation_edit(request, municipality, pk=None, version_pk=None):
    consultation = get_consultation(municipality, pk) if pk else None
    version = consultation.version if consultation else get_version(municipality, version_pk)
    form = cs.ConsultationForm(
        request.POST or None,
        instance=consultation or Consultation(municipality=municipality, version=version),
    )
    if request.method == "POST":
        saved = save_form(request, form, success_message=_("Saved."))
        if saved:
            return redirect(consultation_url(saved))
    return render_form(
        request,
        form=form,
        title=_("Edit the consultation") if consultation else _("Consult on the draft"),
        intro=_(
            "The steering group and everyone with a login comment on each guideline, goal and "
            "measure and vote on the draft. Open it to the public if you like: public comments "
            "appear after moderation."
        ),
        cancel_url=consultation_url(consultation) if consultation else overview_url(version),
        obj=consultation,
        history=history_entries(consultation) if consultation else None,
    )


@require_POST
@municipality_view(RUN)
def consultation_toggle(request, municipality, pk):
    consultation = get_consultation(municipality, pk)
    open_ = request.POST.get("on") == "1"
    try:
        cs.consultation_open_close(consultation=consultation, open_=open_, acting_user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("The consultation is open.") if open_ else _("The consultation is closed."),
        )
    return redirect(consultation_url(consultation))


@municipality_view()
def consultation_detail(request, municipality, pk):
    """The draft with its guidelines, goals and measures, their comments and a form under each."""
    consultation = get_consultation(municipality, pk)
    can_take_part = request.user.has_perm(TAKE_PART, municipality) and consultation.is_open()
    own_vote = ApprovalVote.objects.filter(consultation=consultation, user=request.user).first()
    comment_form = cs.CommentForm()
    vote_form = cs.VoteForm(
        initial={"vote": own_vote.vote, "remark": own_vote.remark} if own_vote else None
    )
    if request.method == "POST":
        if not request.user.has_perm(TAKE_PART, municipality):
            raise PermissionDenied
        if "vote" in request.POST:
            vote_form = cs.VoteForm(request.POST)
            if save_form(
                request,
                vote_form,
                lambda f: cs.vote_record(
                    consultation=consultation,
                    user=request.user,
                    vote=f.cleaned_data["vote"],
                    remark=f.cleaned_data["remark"],
                ),
                success_message=_("Your vote has been recorded."),
            ):
                return redirect(consultation_url(consultation) + "#abstimmung")
        else:
            comment_form = cs.CommentForm(request.POST)
            saved = save_form(
                request,
                comment_form,
                lambda f: cs.comment_create(
                    consultation=consultation,
                    target_key=f.cleaned_data["target"],
                    text=f.cleaned_data["text"],
                    acting_user=request.user,
                ),
                success_message=_("Your comment has been saved."),
            )
            if saved:
                return redirect(
                    consultation_url(consultation) + f"#{comment_form.cleaned_data['target']}"
                )
    items = cs.draft_items(consultation, comments=cs.visible_comments(consultation))
    return render(
        request,
        "participation/consultation/detail.html",
        {
            "municipality": municipality,
            "version": consultation.version,
            "consultation": consultation,
            "items": items,
            "comment_form": comment_form,
            "vote_form": vote_form,
            "own_vote": own_vote,
            "tally": cs.vote_tally(consultation),
            "pending": consultation.comments.filter(moderation=Moderation.PENDING).count(),
            "can_take_part": can_take_part,
            "can_run": request.user.has_perm(RUN, municipality),
            "is_open": consultation.is_open(),
        },
    )


@municipality_view(RUN)
def moderation_queue(request, municipality, pk):
    """Public comments waiting for moderation: publish or reject each."""
    consultation = get_consultation(municipality, pk)
    if request.method == "POST":
        comment = get_object_or_404(
            consultation.comments.filter(moderation=Moderation.PENDING),
            pk=request.POST.get("comment") or 0,
        )
        publish = request.POST.get("publish") == "1"
        cs.comment_moderate(comment=comment, publish=publish, acting_user=request.user)
        messages.success(
            request,
            _("The comment has been published.")
            if publish
            else _("The comment has been rejected."),
        )
        return redirect("consultation_moderation", municipality=municipality.slug, pk=pk)
    pending = consultation.comments.filter(moderation=Moderation.PENDING).select_related(
        "guideline", "goal", "measure"
    )
    return render(
        request,
        "participation/consultation/moderation.html",
        {
            "municipality": municipality,
            "version": consultation.version,
            "consultation": consultation,
            "pending": pending,
        },
    )


@municipality_view(RUN)
def comment_answer(request, municipality, pk):
    comment = get_object_in_municipality(
        DraftComment.objects.select_related(
            "consultation__version__concept", "guideline", "goal", "measure", "author"
        ).filter(moderation=Moderation.PUBLISHED),
        municipality,
        pk=pk,
    )
    form = cs.AnswerForm(request.POST or None, initial={"answer": comment.answer})
    url = consultation_url(comment.consultation) + f"#comment-{comment.pk}"
    if request.method == "POST" and save_form(
        request,
        form,
        lambda f: cs.comment_answer(
            comment=comment, answer=f.cleaned_data["answer"], acting_user=request.user
        ),
        success_message=_("The answer has been saved."),
    ):
        return redirect(url)
    return render_form(
        request,
        form=form,
        title=_("Answer a comment"),
        intro=_("Comment on “%(target)s” by %(author)s: %(text)s")
        % {"target": comment.target, "author": comment.author_label, "text": comment.text},
        cancel_url=url,
    )


@municipality_view()
def consultation_report(request, municipality, pk):
    """The consultation report: per object the comments, their answers, and the vote tally."""
    consultation = get_consultation(municipality, pk)
    items = cs.draft_items(consultation, comments=cs.visible_comments(consultation))
    return render(
        request,
        "participation/consultation/report.html",
        {
            "municipality": municipality,
            "version": consultation.version,
            "consultation": consultation,
            "items": [i for i in items if i.comments],
            "uncommented": sum(1 for i in items if not i.comments),
            "comment_count": sum(len(i.comments) for i in items),
            "answered": sum(1 for i in items for c in i.comments if c.answer),
            "tally": cs.vote_tally(consultation),
            "votes": consultation.votes.exclude(remark="").order_by("voted_at"),
        },
    )


@never_cache
@participation_view
def public_consultation(request, municipality, pk):
    """The public page of an open, public consultation: the draft and a comment form under each."""
    consultation = get_object_or_404(
        Consultation.objects.select_related("version__concept"),
        municipality=municipality,
        is_public=True,
        pk=pk,
    )
    if not consultation.is_open():
        raise Http404
    form = cs.PublicCommentForm(request.POST or None)
    limited = _count(request, "submit") >= SUBMISSIONS_ALLOWED
    thanks = False
    if request.method == "POST" and not limited and form.is_valid():
        _bump(request, "submit")
        if not form.cleaned_data["website"]:
            try:
                cs.comment_create(
                    consultation=consultation,
                    target_key=form.cleaned_data["target"],
                    text=form.cleaned_data["text"],
                    public_name=form.cleaned_data["name"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                thanks = True
        else:
            thanks = True  # a robot filled in the honeypot: pretend success, store nothing
        if thanks:
            form = cs.PublicCommentForm()
    items = cs.draft_items(consultation, comments=cs.visible_comments(consultation))
    response = render(
        request,
        "participation/public/consultation.html",
        {
            "municipality": municipality,
            "consultation": consultation,
            "items": items,
            "form": form,
            "limited": limited,
            "thanks": thanks,
        },
    )
    if limited and request.method == "POST":
        response.status_code = 429
    return response
