"""Validating the GeoJSON shape of a district (RFC 7946): a Polygon or MultiPolygon, or a
Feature/FeatureCollection holding exactly one of them, in WGS 84 longitude/latitude."""

import json

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_CHARS = 2_000_000
SHAPES = {"Polygon", "MultiPolygon"}


def validate_district_shape(text: str) -> str:
    """Return the shape as compact GeoJSON geometry, or raise ValidationError saying what is wrong."""
    if len(text) > MAX_CHARS:
        raise ValidationError(_("The shape is larger than 2 MB."))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationError(
            _("This is not valid JSON (line %(line)s, column %(column)s).")
            % {"line": error.lineno, "column": error.colno}
        ) from None
    geometry = _geometry(data)
    polygons = (
        geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    )
    if not isinstance(polygons, list) or not polygons:
        raise ValidationError(_("The shape has no coordinates."))
    for polygon in polygons:
        _check_polygon(polygon)
    return json.dumps(geometry, separators=(",", ":"))


def _geometry(data):
    if not isinstance(data, dict):
        raise ValidationError(_("GeoJSON must be an object with a “type”."))
    kind = data.get("type")
    if kind == "FeatureCollection":
        features = data.get("features") or []
        if len(features) != 1:
            raise ValidationError(
                _("The file must contain exactly one shape (it has %(n)s).") % {"n": len(features)}
            )
        return _geometry(features[0])
    if kind == "Feature":
        return _geometry(data.get("geometry"))
    if kind not in SHAPES:
        raise ValidationError(
            _("The shape must be a Polygon or MultiPolygon, not “%(type)s”.") % {"type": kind}
        )
    return {"type": kind, "coordinates": data.get("coordinates")}


def _check_polygon(polygon):
    if not isinstance(polygon, list) or not polygon:
        raise ValidationError(_("A polygon needs at least one ring."))
    for ring in polygon:
        if not isinstance(ring, list) or len(ring) < 4:
            raise ValidationError(_("A ring needs at least four positions."))
        for position in ring:
            if (
                not isinstance(position, list)
                or len(position) < 2
                or not all(
                    isinstance(c, int | float) and not isinstance(c, bool) for c in position[:2]
                )
            ):
                raise ValidationError(
                    _("Every position must be a pair of numbers [longitude, latitude].")
                )
            longitude, latitude = position[:2]
            if not (-180 <= longitude <= 180 and -90 <= latitude <= 90):
                raise ValidationError(
                    _("The position [%(lon)s, %(lat)s] is not a longitude/latitude in WGS 84.")
                    % {"lon": longitude, "lat": latitude}
                )
        if ring[0][:2] != ring[-1][:2]:
            raise ValidationError(_("A ring must end where it starts."))
