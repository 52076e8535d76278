"""Bulk entry of cards: one card per line, with inline tags, parsed into a preview.

Syntax (documented on the entry page):

- one card per line; empty lines are skipped;
- ``#code`` names a field of action by its short code (``#bildung``);
- ``!kind`` names the kind: ``!kritik``, ``!idee``, ``!vorschlag``, ``!bedarf``, ``!frage``
  (English words and first letters work too);
- ``@…`` says where on the event the card came from, depending on the format: ``@T2R1``
  (table 2, round 1) for a World Café, ``@kritik``/``@fantasie``/``@verwirklichung`` (or
  ``@K``/``@F``/``@V``) for a Zukunftswerkstatt, ``@Raumname`` for a Stadtgespräch;
- a line with tags only sets them for the following lines (a flip-chart's header), until
  the next such line.
"""

import re
from dataclasses import dataclass
from dataclasses import field as dc_field

from django.utils.text import slugify
from django.utils.translation import gettext as _

from .models import CaptureStructure, ContributionKind, Phase

MAX_LENGTH = 2000
MAX_CARDS = 500

KIND_ALIASES = {
    ContributionKind.CRITIQUE: ["kritik", "k", "critique", "c"],
    ContributionKind.IDEA: ["idee", "i", "idea"],
    ContributionKind.PROPOSAL: ["vorschlag", "v", "proposal", "p"],
    ContributionKind.NEED: ["bedarf", "b", "need", "n"],
    ContributionKind.QUESTION: ["frage", "f", "question", "q"],
}
KINDS = {alias: kind for kind, aliases in KIND_ALIASES.items() for alias in aliases}
PHASES = {
    "kritik": Phase.CRITIQUE,
    "k": Phase.CRITIQUE,
    "critique": Phase.CRITIQUE,
    "fantasie": Phase.FANTASY,
    "f": Phase.FANTASY,
    "fantasy": Phase.FANTASY,
    "verwirklichung": Phase.REALISATION,
    "v": Phase.REALISATION,
    "realisation": Phase.REALISATION,
}
TABLE_ROUND = re.compile(r"^(?:t(\d{1,3}))?(?:r(\d{1,3}))?$", re.IGNORECASE)
TAG = re.compile(r"^([#!@])(\S+)$")


def field_codes(fields) -> dict[str, object]:
    """Short codes of the fields of action: slug of the name, of its first word, catalogue code.

    A code that would fit two fields is left out, so a tag never picks a field by chance.
    """
    candidates: dict[str, set] = {}
    for f in fields:
        codes = {slugify(f.name), slugify(f.name.split()[0]) if f.name.split() else ""}
        if f.catalogue_entry_id and getattr(f, "catalogue_entry", None):
            codes.add(f.catalogue_entry.code)
        for code in codes - {""}:
            candidates.setdefault(code, set()).add(f)
    return {code: next(iter(fs)) for code, fs in candidates.items() if len(fs) == 1}


def short_code(f, codes: dict) -> str:
    """The shortest code that names this field (shown on the entry page)."""
    own = sorted((c for c, target in codes.items() if target == f), key=len)
    return own[0] if own else ""


@dataclass
class Card:
    line: int
    text: str = ""
    kind: str = ""
    field: object = None
    phase: str = ""
    table_number: int | None = None
    round_number: int | None = None
    room: str = ""
    errors: list[str] = dc_field(default_factory=list)

    @property
    def place_label(self) -> str:
        parts = []
        if self.table_number:
            parts.append(_("table %(n)s") % {"n": self.table_number})
        if self.round_number:
            parts.append(_("round %(n)s") % {"n": self.round_number})
        if self.phase:
            parts.append(str(Phase(self.phase).label))
        if self.room:
            parts.append(_("room %(name)s") % {"name": self.room})
        return ", ".join(parts)

    @property
    def kind_label(self) -> str:
        return str(ContributionKind(self.kind).label) if self.kind else ""


@dataclass
class ParsedCards:
    cards: list[Card]
    errors: list[str]

    @property
    def ok(self) -> bool:
        return not self.errors and not any(c.errors for c in self.cards) and bool(self.cards)


def _place(value: str, capture: str, card: Card) -> str | None:
    """Apply an ``@`` tag to ``card``; return an error message or None."""
    if capture == CaptureStructure.TABLES:
        match = TABLE_ROUND.match(value)
        if not match or not any(match.groups()):
            return _("“@%(tag)s” is not a table and round; write e.g. @T2R1, @T2 or @R1.") % {
                "tag": value
            }
        table, round_ = match.groups()
        # an @ tag names the whole place: what it leaves out is not inherited from a header
        card.table_number = int(table) if table else None
        card.round_number = int(round_) if round_ else None
        return None
    if capture == CaptureStructure.PHASES:
        phase = PHASES.get(value.lower())
        if not phase:
            return _("“@%(tag)s” is not a phase; write @kritik, @fantasie or @verwirklichung.") % {
                "tag": value
            }
        card.phase = phase
        return None
    if capture == CaptureStructure.ROOMS:
        card.room = value[:60]
        return None
    return _("This format has no tables, phases or rooms; remove “@%(tag)s”.") % {"tag": value}


def _apply_tags(tokens, *, capture, codes, card: Card) -> list[str]:
    """Apply the tags among ``tokens`` to ``card``; return the remaining words and set errors."""
    words, seen = [], set()
    for token in tokens:
        match = TAG.match(token)
        if not match:
            words.append(token)
            continue
        sign, value = match.groups()
        if sign in seen:
            card.errors.append(_("The tag “%(sign)s” appears twice.") % {"sign": sign})
            continue
        seen.add(sign)
        if sign == "#":
            target = codes.get(value.lower())
            if target is None:
                card.errors.append(
                    _("“#%(tag)s” is not a known field of action; use one of: %(codes)s.")
                    % {"tag": value, "codes": ", ".join(sorted(codes)) or "—"}
                )
            else:
                card.field = target
        elif sign == "!":
            kind = KINDS.get(value.lower())
            if kind is None:
                card.errors.append(
                    _(
                        "“!%(tag)s” is not a kind; use !kritik, !idee, !vorschlag, !bedarf or !frage."
                    )
                    % {"tag": value}
                )
            else:
                card.kind = kind
        else:
            error = _place(value, capture, card)
            if error:
                card.errors.append(error)
    return words


def parse_cards(text: str, *, capture: str, fields) -> ParsedCards:
    """Parse the textarea into cards with their tags; each line's problems name that line."""
    codes = field_codes(fields)
    defaults = Card(line=0)
    cards, errors = [], []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        card = Card(
            line=number,
            kind=defaults.kind,
            field=defaults.field,
            phase=defaults.phase,
            table_number=defaults.table_number,
            round_number=defaults.round_number,
            room=defaults.room,
        )
        words = _apply_tags(line.split(), capture=capture, codes=codes, card=card)
        if not words:
            # a header line: its tags hold for the following cards
            if card.errors:
                errors.extend(
                    _("Line %(line)s: %(error)s") % {"line": number, "error": e}
                    for e in card.errors
                )
            defaults = card
            continue
        card.text = " ".join(words)
        if len(card.text) > MAX_LENGTH:
            card.errors.append(
                _("The card is longer than %(max)s characters.") % {"max": MAX_LENGTH}
            )
        cards.append(card)
    if len(cards) > MAX_CARDS:
        errors.append(_("At most %(max)s cards can be entered at once.") % {"max": MAX_CARDS})
    if not cards and not errors:
        errors.append(_("Please enter at least one card."))
    return ParsedCards(cards=cards, errors=errors)
