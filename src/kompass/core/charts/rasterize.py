"""SVG charts as PNG images (Word documents, right-to-left PDFs), through librsvg and cairo.

WeasyPrint no longer writes PNG and cairosvg is not a dependency; librsvg and cairo come
with the GTK stack WeasyPrint's Pango already needs on most Linux systems. Where they are
missing, ``svg_to_png`` returns None and the document shows the chart's data table alone
(and says so).
"""

import os
import re
import tempfile
from functools import lru_cache

_CDEF = """
typedef struct _RsvgHandle RsvgHandle;
typedef struct _GError { unsigned int domain; int code; char *message; } GError;
typedef struct _cairo_surface cairo_surface_t;
typedef struct _cairo cairo_t;
typedef struct { double x; double y; double width; double height; } RsvgRectangle;
RsvgHandle *rsvg_handle_new_from_data(const unsigned char *data, size_t len, GError **error);
int rsvg_handle_render_document(RsvgHandle *handle, cairo_t *cr,
                                const RsvgRectangle *viewport, GError **error);
void g_object_unref(void *obj);
cairo_surface_t *cairo_image_surface_create(int format, int width, int height);
cairo_t *cairo_create(cairo_surface_t *target);
void cairo_set_source_rgb(cairo_t *cr, double r, double g, double b);
void cairo_paint(cairo_t *cr);
void cairo_destroy(cairo_t *cr);
void cairo_surface_destroy(cairo_surface_t *surface);
int cairo_surface_write_to_png(cairo_surface_t *surface, const char *filename);
"""
FORMAT_ARGB32 = 0
PNG_WIDTH = 1440  # pixels: sharp at the full text width of an A4 page
VIEW_BOX = re.compile(r'viewBox="0 0 ([\d.]+) ([\d.]+)"')


@lru_cache(maxsize=1)
def _libraries():
    try:
        import cffi

        ffi = cffi.FFI()
        ffi.cdef(_CDEF)
        return ffi, ffi.dlopen("rsvg-2"), ffi.dlopen("cairo"), ffi.dlopen("gobject-2.0")
    except (ImportError, OSError):
        return None


def available() -> bool:
    return _libraries() is not None


def svg_to_png(svg: str, width: int, height: int) -> bytes | None:
    """Render ``svg`` into a white PNG of ``width`` × ``height`` pixels; None if impossible."""
    libraries = _libraries()
    if libraries is None:
        return None
    ffi, rsvg, cairo, gobject = libraries
    data = svg.encode()
    error = ffi.new("GError **")
    handle = rsvg.rsvg_handle_new_from_data(data, len(data), error)
    if handle == ffi.NULL:
        return None
    surface = cairo.cairo_image_surface_create(FORMAT_ARGB32, width, height)
    context = cairo.cairo_create(surface)
    try:
        cairo.cairo_set_source_rgb(context, 1, 1, 1)
        cairo.cairo_paint(context)
        viewport = ffi.new("RsvgRectangle *", [0, 0, width, height])
        if not rsvg.rsvg_handle_render_document(handle, context, viewport, error):
            return None
        descriptor, path = tempfile.mkstemp(suffix=".png")
        os.close(descriptor)
        try:
            if cairo.cairo_surface_write_to_png(surface, path.encode()) != 0:
                return None
            with open(path, "rb") as handle_file:
                return handle_file.read()
        finally:
            os.unlink(path)
    finally:
        cairo.cairo_destroy(context)
        cairo.cairo_surface_destroy(surface)
        gobject.g_object_unref(handle)


def chart_png(chart) -> bytes | None:
    """The chart as a PNG ``PNG_WIDTH`` pixels wide in the proportions of its viewBox."""
    match = VIEW_BOX.search(str(chart.svg))
    if not match:
        return None
    width, height = float(match.group(1)), float(match.group(2))
    return svg_to_png(str(chart.svg), PNG_WIDTH, round(height * PNG_WIDTH / width))
