"""The public pages of a municipality (no login): one decorator and the page's language.

Every page under /oeffentlich/<municipality>/ is rendered for a ``PublicPage``: the
municipality, the language of the page, the languages it offers and – when the
municipality has switched its public site on – the site's settings for the header
navigation and the footer (contact, imprint, privacy, accessibility statement).

The language travels in the address (``?sprache=ar``), never in a cookie or a session:
public pages set no cookies of their own, and a link can be shared in the language it
shows. Headings and labels come from the Django catalogue of the language's
``ui_language`` (``core.languages``); the page's own texts in that language come from the
content translations of the app that renders them.

The public site's settings belong to the public app, which sits above every app that
renders public pages; it plugs its loader in with ``register_site_loader`` when it starts
(``PublicConfig.ready``). Without it, no page has a site.
"""

from dataclasses import dataclass, field
from functools import wraps

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString

from kompass.core.languages import GERMAN, LANGUAGES, ContentLanguage, content_language

from .models import Municipality

LANGUAGE_PARAMETER = "sprache"


def interface_languages() -> list[ContentLanguage]:
    """The languages of the product's own catalogues (German, English): pages without
    translated content offer these."""
    return [LANGUAGES[code] for code, _name in settings.LANGUAGES if code in LANGUAGES]


@dataclass
class PublicPage:
    """What the public layout needs to know about the page it frames."""

    municipality: Municipality
    requested: str = GERMAN  # the code asked for in the address
    languages: list[ContentLanguage] = field(default_factory=interface_languages)
    site: object | None = None  # the public site's settings, only when switched on
    section: str = ""  # the header navigation entry of this page
    footer_note: str = ""
    language: ContentLanguage = field(init=False)

    def __post_init__(self):
        self.language = self._resolve()

    def _resolve(self) -> ContentLanguage:
        offered = {lang.code: lang for lang in self.languages}
        return offered.get(self.requested) or LANGUAGES[GERMAN]

    def offer(self, languages) -> ContentLanguage:
        """Offer ``languages`` (German first) on this page and switch to the one asked for.

        Activates the language's interface catalogue for the rest of the request; the
        ``public_view`` decorator restores the previous language afterwards.
        """
        self.languages = list(languages) or [LANGUAGES[GERMAN]]
        self.language = self._resolve()
        translation.activate(self.language.ui_language)
        return self.language

    @property
    def ui_language(self) -> str:
        return self.language.ui_language

    @property
    def query(self) -> str:
        """``?sprache=xx`` for links to other public pages; empty in German."""
        if self.language.code == GERMAN:
            return ""
        return f"?{LANGUAGE_PARAMETER}={self.language.code}"

    @property
    def chrome_lang_attr(self) -> SafeString | str:
        """``lang``/``dir`` for header and footer when their catalogue is not the page's
        language (Leichte Sprache, Russian and Persian pages get German labels)."""
        ui = content_language(self.ui_language)
        if ui.html_lang == self.language.html_lang:
            return ""
        return format_html(' lang="{}" dir="{}"', ui.html_lang, ui.direction)


_site_loader = None


def register_site_loader(loader) -> None:
    """Let ``loader(municipality)`` give the public site settings when the site is switched
    on, else None; the public app registers its selector here."""
    global _site_loader
    _site_loader = loader


def enabled_site(municipality):
    """The municipality's public site settings when the site is switched on, else None."""
    return _site_loader(municipality) if _site_loader else None


def public_view(view=None, *, site_required: bool = False, section: str = ""):
    """Load the URL's municipality by its slug (404 if unknown); no login needed.

    Sets ``request.public`` (a ``PublicPage``) and runs the view in the interface language
    of the page's language. ``site_required`` pages belong to the public site itself and
    give 404 while the municipality has not switched it on; ``section`` names the entry of
    the site's navigation the page belongs to.
    """

    def decorator(view):
        @wraps(view)
        def wrapper(request, municipality, *args, **kwargs):
            municipality_obj = get_object_or_404(Municipality, slug=municipality)
            site = enabled_site(municipality_obj)
            if site_required and site is None:
                raise Http404
            page = PublicPage(
                municipality_obj,
                requested=request.GET.get(LANGUAGE_PARAMETER) or GERMAN,
                site=site,
                section=section,
            )
            request.municipality = municipality_obj
            request.public = page
            with translation.override(page.ui_language):
                response = view(request, municipality_obj, *args, **kwargs)
            response.headers["Content-Language"] = page.language.html_lang
            return response

        return wrapper

    return decorator(view) if view is not None else decorator
