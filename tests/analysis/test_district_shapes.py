"""District outlines: GeoJSON is validated on upload and stored as a plain geometry."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kompass.analysis.geojson import validate_district_shape

SQUARE = [[[8.65, 49.87], [8.66, 49.87], [8.66, 49.88], [8.65, 49.88], [8.65, 49.87]]]


def feature(geometry):
    return json.dumps(
        {
            "type": "FeatureCollection",
            "features": [{"type": "Feature", "properties": {}, "geometry": geometry}],
        }
    )


def test_a_feature_collection_with_one_polygon_is_stored_as_its_geometry():
    stored = json.loads(
        validate_district_shape(feature({"type": "Polygon", "coordinates": SQUARE}))
    )
    assert stored == {"type": "Polygon", "coordinates": SQUARE}


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("{nicht json", "JSON"),
        (json.dumps({"type": "Point", "coordinates": [8.6, 49.8]}), "Point"),
        (json.dumps({"type": "FeatureCollection", "features": []}), "0"),
        (
            json.dumps(
                {"type": "Polygon", "coordinates": [[[8.6, 49.8], [8.7, 49.8], [8.6, 49.8]]]}
            ),
            "four",
        ),
        (
            json.dumps(
                {
                    "type": "Polygon",
                    "coordinates": [[[8.6, 49.8], [8.7, 49.8], [8.7, 49.9], [8.6, 49.9]]],
                }
            ),
            "end",
        ),
        (
            json.dumps(
                {
                    "type": "Polygon",
                    "coordinates": [[[465000, 5525000], [1, 1], [1, 2], [465000, 5525000]]],
                }
            ),
            "WGS 84",
        ),
        (
            json.dumps(
                {"type": "Polygon", "coordinates": [[["a", "b"], [1, 1], [1, 2], ["a", "b"]]]}
            ),
            "numbers",
        ),
    ],
)
def test_broken_shapes_say_what_is_wrong(text, fragment):
    from django.utils import translation

    with pytest.raises(ValidationError) as error, translation.override("en"):
        validate_district_shape(text)
    with translation.override("en"):
        assert fragment in " ".join(str(m) for m in error.value.messages)


def test_coordinator_uploads_a_shape_and_a_broken_one_changes_nothing(world, client):
    client.force_login(world.users["coordination"])
    url = reverse("owned_object_edit", args=[world.town.slug, "sozialraeume", world.district.pk])
    data = {"code": world.district.code, "name": world.district.name, "population": "1200"}
    good = SimpleUploadedFile(
        "viertel.geojson", feature({"type": "Polygon", "coordinates": SQUARE}).encode()
    )
    assert client.post(url, {**data, "shape_file": good}).status_code == 302
    world.district.refresh_from_db()
    assert json.loads(world.district.geojson)["type"] == "Polygon"
    bad = SimpleUploadedFile("kaputt.geojson", b'{"type": "Point", "coordinates": [1, 2]}')
    response = client.post(url, {**data, "name": "Umbenannt", "shape_file": bad})
    assert response.status_code == 200
    world.district.refresh_from_db()
    assert (
        world.district.name != "Umbenannt"
        and json.loads(world.district.geojson)["type"] == "Polygon"
    )
    assert client.post(url, {**data, "remove_shape": "on"}).status_code == 302
    world.district.refresh_from_db()
    assert world.district.geojson == ""
