"""The download of a stored concept document, for the staff and the public pages."""

from django.http import FileResponse

from .models import CONTENT_TYPES
from .selectors import file_name


def file_response(document) -> FileResponse:
    """The stored file of a finished ``document`` as a download."""
    return FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=file_name(document),
        content_type=CONTENT_TYPES[document.format],
    )
