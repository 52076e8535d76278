"""Musterstadt's emblem on its concept document (the chapters are in data/musterstadt/concept.yaml)."""

import io

from django.core.files.base import ContentFile


def demo_logo(colour: str) -> bytes:
    """A simple invented emblem for Musterstadt (PNG): a tower on a shield."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (240, 280), "white")
    draw = ImageDraw.Draw(image)
    draw.polygon([(20, 20), (220, 20), (220, 160), (120, 260), (20, 160)], fill=colour)
    draw.rectangle([95, 70, 145, 190], fill="white")
    for x in (95, 113, 131):
        draw.rectangle([x, 55, x + 14, 70], fill="white")
    draw.rectangle([112, 150, 128, 190], fill=colour)
    draw.rectangle([40, 120, 80, 135], fill="#f2c14e")
    draw.rectangle([160, 120, 200, 135], fill="#f2c14e")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def build_logo(town) -> None:
    """Musterstadt's logo, drawn in its brand colour."""
    town.logo.save("musterstadt-wappen.png", ContentFile(demo_logo(town.brand_colour)), save=False)
    town.full_clean()
    town.save(update_fields=["logo"])
