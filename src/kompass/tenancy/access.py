"""The one scoping function and the one permission check of the product.

Views never load a municipality or a planning object directly; they go through
``get_municipality_for_user`` and ``get_object_in_municipality``, which give the same
404 for "does not exist" and "not yours" so that nobody can probe foreign tenants.
Every workspace view is wrapped in ``municipality_view``, which scopes the URL's
municipality and checks a permission of tenancy/rules.py through ``require``.
"""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
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


def require(request, perm: str, obj) -> None:
    """Raise 403 unless the user holds ``perm`` on ``obj`` (see tenancy/rules.py)."""
    if not request.user.has_perm(perm, obj):
        raise PermissionDenied


def municipality_view(perm: str = "kompass.view_workspace"):
    """Load the URL's municipality through the scoping function (404 if foreign), then check perm.

    The view receives the municipality instead of its slug; ``request.municipality``
    is set for templates.
    """

    def decorator(view):
        @login_required
        @wraps(view)
        def wrapper(request, municipality, *args, **kwargs):
            municipality_obj = get_municipality_for_user(request.user, municipality)
            require(request, perm, municipality_obj)
            request.municipality = municipality_obj
            return view(request, municipality_obj, *args, **kwargs)

        return wrapper

    return decorator
