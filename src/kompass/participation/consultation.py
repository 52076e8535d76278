"""The draft consultation: forms, operations and the read side (seed 000 step 10).

Every published comment becomes a ``Contribution`` (source: comment on the draft, origin: the
comment), so it is triaged, answered in the response table and counted by the adoption guard
like any card. Public comments become contributions only once a coordinator has published them.
"""

from collections import Counter
from dataclasses import dataclass, field

from django import forms
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kompass.concepts.models import Goal, Guideline, VersionStatus
from kompass.core.forms import DateInput, OptimisticLockFormMixin
from kompass.measures.models import Measure

from . import services
from .models import (
    ApprovalVote,
    Consultation,
    ContributionSource,
    DraftComment,
    Moderation,
    Vote,
)

TARGET_KINDS = {"guideline": Guideline, "goal": Goal, "measure": Measure}


# ---------------------------------------------------------------- forms


class ConsultationForm(OptimisticLockFormMixin, forms.ModelForm):
    class Meta:
        model = Consultation
        fields = ["title", "intro", "opens_on", "closes_on", "is_public"]
        widgets = {"opens_on": DateInput, "closes_on": DateInput}

    def clean(self):
        data = super().clean()
        if data.get("opens_on") and data.get("closes_on") and data["closes_on"] < data["opens_on"]:
            self.add_error(
                "closes_on", gettext_lazy("The consultation cannot close before it opens.")
            )
        return data


class CommentForm(forms.Form):
    target = forms.CharField(widget=forms.HiddenInput)
    text = forms.CharField(
        label=gettext_lazy("Your comment"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class PublicCommentForm(CommentForm):
    name = forms.CharField(
        label=gettext_lazy("Your name (optional)"),
        max_length=100,
        required=False,
        help_text=gettext_lazy(
            "Leave empty to comment anonymously. We store nothing else about you."
        ),
    )
    # A honeypot: hidden from people, filled in by robots.
    website = forms.CharField(label=gettext_lazy("Leave this field empty"), required=False)


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=gettext_lazy("Answer"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("The answer appears in the consultation report."),
    )


class VoteForm(forms.Form):
    vote = forms.ChoiceField(
        label=gettext_lazy("Your vote on the draft"), choices=Vote.choices, widget=forms.RadioSelect
    )
    remark = forms.CharField(
        label=gettext_lazy("Remark (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


# ---------------------------------------------------------------- operations


def resolve_target(consultation: Consultation, key: str):
    """``guideline-3`` → that guideline of the consultation's version, else a ValidationError."""
    kind, _sep, pk = (key or "").partition("-")
    model = TARGET_KINDS.get(kind)
    if model is None or not pk.isdigit():
        raise ValidationError(_("Please choose a guideline, goal or measure."))
    obj = model.objects.filter(version_id=consultation.version_id, pk=int(pk)).first()
    if obj is None:
        raise ValidationError(_("Please choose a guideline, goal or measure."))
    return kind, obj


def _as_contribution(comment: DraftComment, acting_user):
    target = comment.target
    services.contribution_create(
        version=comment.consultation.version,
        source=ContributionSource.DRAFT_COMMENT,
        text=comment.text,
        field=getattr(target, "field", None),
        origin=comment,
        acting_user=acting_user,
    )


@transaction.atomic
def comment_create(
    *, consultation: Consultation, target_key: str, text: str, acting_user=None, public_name=""
) -> DraftComment:
    """A comment by a member (published at once) or by the public (waits for moderation)."""
    if not consultation.is_open():
        raise ValidationError(_("The consultation is closed."))
    kind, target = resolve_target(consultation, target_key)
    from_public = acting_user is None
    if from_public and not consultation.is_public:
        raise ValidationError(_("The consultation is not open to the public."))
    comment = DraftComment(
        municipality_id=consultation.municipality_id,
        consultation=consultation,
        text=text.strip(),
        author=None if from_public else acting_user,
        public_name=public_name.strip() if from_public else "",
        from_public=from_public,
        moderation=Moderation.PENDING if from_public else Moderation.PUBLISHED,
        **{kind: target},
    )
    comment.full_clean()
    comment._history_user = acting_user
    comment.save()
    if not from_public:
        _as_contribution(comment, acting_user)
    return comment


@transaction.atomic
def comment_moderate(*, comment: DraftComment, publish: bool, acting_user) -> DraftComment:
    """Publish a public comment (it becomes a contribution) or reject it (it stays hidden)."""
    if comment.moderation != Moderation.PENDING:
        raise ValidationError(_("This comment has already been moderated."))
    comment.moderation = Moderation.PUBLISHED if publish else Moderation.REJECTED
    comment.moderated_by = acting_user
    comment._history_user = acting_user
    comment.save(update_fields=["moderation", "moderated_by"])
    if publish:
        _as_contribution(comment, acting_user)
    return comment


@transaction.atomic
def comment_answer(*, comment: DraftComment, answer: str, acting_user) -> DraftComment:
    if comment.moderation != Moderation.PUBLISHED:
        raise ValidationError(_("Only published comments are answered."))
    if not answer.strip():
        raise ValidationError({"answer": _("Please write an answer.")})
    comment.answer = answer.strip()
    comment.answered_by = acting_user
    comment.answered_at = timezone.now()
    comment._history_user = acting_user
    comment.save(update_fields=["answer", "answered_by", "answered_at"])
    return comment


@transaction.atomic
def vote_record(*, consultation: Consultation, user, vote: str, remark: str = "") -> ApprovalVote:
    """Record (or change) the one vote of a member on the draft."""
    if not consultation.is_open():
        raise ValidationError(_("The consultation is closed."))
    if vote not in Vote.values:
        raise ValidationError({"vote": _("Please choose a vote.")})
    try:
        with transaction.atomic():
            record, _created = ApprovalVote.objects.update_or_create(
                consultation=consultation,
                user=user,
                defaults={
                    "vote": vote,
                    "remark": remark.strip(),
                    "municipality_id": consultation.municipality_id,
                },
            )
    except IntegrityError:  # pragma: no cover - two simultaneous first votes
        raise ValidationError(_("Your vote has already been recorded.")) from None
    return record


@transaction.atomic
def consultation_open_close(*, consultation: Consultation, open_: bool, acting_user):
    """Close a consultation, or open it again; opening puts a draft into consultation."""
    from kompass.concepts.services import concept_version_set_status

    version = consultation.version
    if open_:
        if version.is_locked:
            raise ValidationError(_("An adopted version cannot be consulted on."))
        consultation.closed_at = None
        today = timezone.localdate()
        if consultation.opens_on > today:
            consultation.opens_on = today
        if consultation.closes_on and consultation.closes_on < today:
            consultation.closes_on = None
        if version.status == VersionStatus.DRAFT:
            concept_version_set_status(
                version=version, status=VersionStatus.CONSULTATION, acting_user=acting_user
            )
    else:
        consultation.closed_at = timezone.now()
    consultation._history_user = acting_user
    consultation.save()
    return consultation


# ---------------------------------------------------------------- read side


@dataclass
class Item:
    kind: str
    obj: object
    heading: str = ""
    comments: list = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.kind}-{self.obj.pk}"


@dataclass
class Tally:
    counts: list
    total: int


def _tree_order(obj):
    f = obj.field
    return (
        f is None,
        f.position if f else 0,
        obj.field_id or 0,
        getattr(obj, "level", 0),
        getattr(obj, "position", 0),
        obj.pk,
    )


def draft_items(consultation: Consultation, *, comments) -> list[Item]:
    """Guidelines, goals and measures of the draft in order, each with its comments.

    Four queries whatever the size of the draft.
    """
    version_id = consultation.version_id
    items = [Item("guideline", g) for g in Guideline.objects.filter(version_id=version_id)]
    goals = Goal.objects.filter(version_id=version_id).select_related("field")
    items += [Item("goal", g) for g in sorted(goals, key=_tree_order)]
    measures = Measure.objects.filter(version_id=version_id).select_related("field")
    items += [Item("measure", m) for m in sorted(measures, key=_tree_order)]
    by_key = {item.key: item for item in items}
    for comment in comments:
        kind = "guideline" if comment.guideline_id else "goal" if comment.goal_id else "measure"
        pk = comment.guideline_id or comment.goal_id or comment.measure_id
        item = by_key.get(f"{kind}-{pk}")
        if item is not None:
            item.comments.append(comment)
    return items


def visible_comments(consultation: Consultation):
    return consultation.comments.filter(moderation=Moderation.PUBLISHED).select_related(
        "author", "answered_by"
    )


def vote_tally(consultation: Consultation) -> Tally:
    counts = Counter(consultation.votes.values_list("vote", flat=True))
    return Tally(
        counts=[(label, counts.get(value, 0)) for value, label in Vote.choices],
        total=sum(counts.values()),
    )
