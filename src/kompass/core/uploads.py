"""The one check of every uploaded file: size, ending and content (magic bytes) per use.

The ending alone proves nothing, so the first bytes must match it; text files must not
contain NUL bytes. Every refusal names the field, in the words of the form.
"""

from pathlib import Path

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

MB = 1024 * 1024
ZIP, OLE = b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
TEXT = None  # no signature: checked for being text instead

# Allowed endings per use, each with how such a file begins.
DOCUMENT_TYPES = {
    ".pdf": (b"%PDF-",),
    ".docx": (ZIP,),
    ".xlsx": (ZIP,),
    ".pptx": (ZIP,),
    ".odt": (ZIP,),
    ".ods": (ZIP,),
    ".doc": (OLE,),
    ".xls": (OLE,),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".txt": TEXT,
}
ATTACHMENT_TYPES = {**DOCUMENT_TYPES, ".csv": TEXT}
TABLE_TYPES = {".csv": TEXT, ".xlsx": (ZIP,)}
WORKBOOK_TYPES = {".xlsx": (ZIP,)}


def upload_problem(upload, *, types: dict, max_bytes: int) -> str | None:
    """Why ``upload`` is refused for a use allowing ``types`` up to ``max_bytes``, or None."""
    suffix = Path(upload.name).suffix.lower()
    if suffix not in types:
        return _("Files of type “%(suffix)s” cannot be uploaded here. Allowed: %(allowed)s.") % {
            "suffix": suffix or "?",
            "allowed": ", ".join(types),
        }
    if upload.size > max_bytes:
        return _("The file is larger than %(size)s MB.") % {"size": max_bytes // MB}
    head = upload.read(2048)
    upload.seek(0)
    signatures = types[suffix]
    if signatures is TEXT:
        return _("The file is not a text file.") if b"\x00" in head else None
    if not head.startswith(signatures):
        return _("The content of the file does not match its ending “%(suffix)s”.") % {
            "suffix": suffix
        }
    return None


class UploadField(forms.FileField):
    """A file field that accepts only ``types`` (ending → first bytes) up to ``max_bytes``."""

    def __init__(self, *, types: dict, max_bytes: int, **kwargs):
        super().__init__(**kwargs)
        self.types, self.max_bytes = types, max_bytes
        self.widget.attrs.setdefault("accept", ",".join(types))

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if isinstance(upload, UploadedFile):
            problem = upload_problem(upload, types=self.types, max_bytes=self.max_bytes)
            if problem:
                raise forms.ValidationError(f"{self.label}: {problem}", code="upload")
        return upload
