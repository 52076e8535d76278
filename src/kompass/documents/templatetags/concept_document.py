"""Template helpers of the concept document."""

import base64

from django import template
from django.utils.html import format_html

from kompass.core.charts.rasterize import chart_png

register = template.Library()


@register.simple_tag(takes_context=True)
def text_attrs(context, obj, field: str):
    """``lang``/``dir`` of a translatable text in the concept document (``render.text_attrs``)."""
    from ..render import text_attrs as attrs

    return attrs(context.get("doc"), obj, field)


@register.filter
def chart_markup(chart, raster=False):
    """The chart's SVG, or for ``raster`` the same chart as a PNG image.

    WeasyPrint draws SVG text letter by letter, which tears Arabic words apart and puts
    their letters in the wrong order; librsvg shapes them. So the PDF of a right-to-left
    document embeds its charts as images (the data table beside each chart carries the
    same figures as text). Without librsvg the SVG is kept.
    """
    png = chart_png(chart) if raster else None
    if png:
        return format_html(
            '<img class="chart__png" src="data:image/png;base64,{}" alt="{}">',
            base64.b64encode(png).decode(),
            chart.title,
        )
    return chart.svg
