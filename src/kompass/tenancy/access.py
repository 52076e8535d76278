"""The one scoping function of the product: which municipality a request works in, and as whom.

Views never load a municipality or a planning object directly; they go through
``get_municipality_for_user`` and ``get_object_in_municipality``, which give the same
404 for "does not exist" and "not yours" so that nobody can probe foreign tenants.
"""

from __future__ import annotations

from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404

from .models import Membership, Municipality, Programme

_CACHE_ATTR = "_kompass_access_cache"


def _cache(user) -> dict:
    cache = getattr(user, _CACHE_ATTR, None)
    if cache is None:
        memberships = {
            m.municipality_id: m
            for m in Membership.objects.filter(user=user).select_related("org_unit")
        }
        programme_municipality_ids = set(
            Programme.municipalities.through.objects.filter(
                programme__coordinators=user
            ).values_list("municipality_id", flat=True)
        )
        cache = {
            "memberships": memberships,
            "programme_municipality_ids": programme_municipality_ids,
        }
        setattr(user, _CACHE_ATTR, cache)
    return cache


def forget_access(user) -> None:
    """Drop the per-request cache, e.g. after a test changed memberships."""
    if hasattr(user, _CACHE_ATTR):
        delattr(user, _CACHE_ATTR)


def membership_for(user, municipality_id: int) -> Membership | None:
    if not user.is_authenticated:
        return None
    return _cache(user)["memberships"].get(municipality_id)


def coordinates_programme_of(user, municipality_id: int) -> bool:
    if not user.is_authenticated:
        return False
    return municipality_id in _cache(user)["programme_municipality_ids"]


def municipality_id_of(obj) -> int | None:
    """The tenant of any object: a Municipality itself or anything with ``municipality_id``."""
    if isinstance(obj, Municipality):
        return obj.pk
    return getattr(obj, "municipality_id", None)


def get_municipality_for_user(user, slug: str) -> Municipality:
    """The municipality of the URL, if the user may open it; 404 otherwise."""
    return get_object_or_404(Municipality.objects.for_user(user), slug=slug)


def scoped(queryset_or_model, municipality: Municipality) -> models.QuerySet:
    """Restrict any tenant-owned queryset to one municipality."""
    queryset = (
        queryset_or_model._default_manager.all()
        if isinstance(queryset_or_model, type)
        else queryset_or_model
    )
    return queryset.filter(municipality=municipality)


def get_object_in_municipality(queryset_or_model, municipality: Municipality, **lookup):
    """Load one object of the municipality, or 404 for both missing and foreign objects."""
    try:
        return scoped(queryset_or_model, municipality).get(**lookup)
    except (models.ObjectDoesNotExist, ValueError, TypeError):
        raise Http404 from None
