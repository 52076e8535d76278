"""Word-level differences between two texts, as the version comparison and the translation
editor show them."""

import difflib
import re
from dataclasses import dataclass


@dataclass
class Segment:
    """A run of words in a text difference: ``op`` is "", "ins" or "del"."""

    op: str
    text: str


def word_diff(old: str, new: str) -> tuple[list[Segment], list[Segment]]:
    """The words of ``old`` and ``new``, the deleted ones marked in the first, the inserted in the second."""
    old_tokens, new_tokens = re.findall(r"\s+|\S+", old or ""), re.findall(r"\s+|\S+", new or "")
    before, after = [], []
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            _append(before, "", old_tokens[i1:i2])
            _append(after, "", new_tokens[j1:j2])
        else:
            _append(before, "del", old_tokens[i1:i2])
            _append(after, "ins", new_tokens[j1:j2])
    return before, after


def _append(segments, op, tokens):
    text = "".join(tokens)
    if not text:
        return
    if op:
        # spaces around marked words are not worth a mark: they join the unmarked text
        core = text.strip()
        if not core:
            op = ""
        elif core != text:
            start = text.index(core)
            _append(segments, "", [text[:start]])
            _append(segments, op, [core])
            _append(segments, "", [text[start + len(core) :]])
            return
    if (
        op
        and len(segments) > 1
        and segments[-2].op == op
        and segments[-1].op == ""
        and not segments[-1].text.strip()
    ):
        # two marked runs with only a space between them read as one change
        segments[-2].text += segments.pop().text + text
        return
    if segments and segments[-1].op == op:
        segments[-1].text += text
    else:
        segments.append(Segment(op, text))
