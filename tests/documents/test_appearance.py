"""Logo and colour of the publications: validated, and shown on the document."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from kompass.documents.content import build_document
from kompass.documents.forms import contrast_with_white
from kompass.documents.render import render_html


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "#0f5670").save(buffer, format="PNG")
    return buffer.getvalue()


def test_coordination_sets_logo_and_colour(world, client):
    client.force_login(world.users["coordination"])
    response = client.post(
        reverse("appearance_edit", args=[world.town.slug]),
        {"brand_colour": "#0F5670", "logo": SimpleUploadedFile("wappen.png", _png())},
    )
    assert response.status_code == 302
    world.town.refresh_from_db()
    assert world.town.brand_colour == "#0f5670"
    html = render_html(build_document(world.version))
    assert 'src="data:image/png;base64,' in html
    assert "#0f5670" in html


def test_svg_and_pretend_images_are_refused(world, client):
    client.force_login(world.users["coordination"])
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'
    response = client.post(
        reverse("appearance_edit", args=[world.town.slug]),
        {"brand_colour": "", "logo": SimpleUploadedFile("wappen.png", svg)},
    )
    assert response.status_code == 200
    world.town.refresh_from_db()
    assert not world.town.logo


def test_light_colours_and_bad_formats_are_refused(world, client):
    client.force_login(world.users["coordination"])
    for colour in ("#ffcc00", "blau", "#12345"):
        response = client.post(
            reverse("appearance_edit", args=[world.town.slug]), {"brand_colour": colour}
        )
        assert response.status_code == 200, colour
    world.town.refresh_from_db()
    assert world.town.brand_colour == ""
    assert contrast_with_white("#ffffff") == 1
    assert round(contrast_with_white("#000000")) == 21


def test_only_coordination_changes_the_look(world, client):
    client.force_login(world.users["steering_group"])
    assert client.get(reverse("appearance_edit", args=[world.town.slug])).status_code == 403
