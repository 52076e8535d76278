"""Ids in markup never get German digit grouping: ``{{ obj.pk }}`` must be ``|unlocalize``d.

With ``USE_THOUSAND_SEPARATOR`` on, ``value="{{ obj.pk }}"`` renders ``value="12.345"`` once a
table passes 999 rows, which breaks forms and links. ``{% url %}`` is safe (it uses str()).
"""

import re
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2] / "src" / "kompass"
ID_OUTPUT = re.compile(r"\{\{\s*[\w.]*(?:\.pk|\.id|_id)\b[^}]*\}\}")


def test_every_id_printed_in_a_template_is_unlocalized():
    offenders = [
        f"{path.relative_to(SOURCE)}:{number}: {match.group(0)}"
        for path in SOURCE.rglob("templates/**/*.html")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        for match in ID_OUTPUT.finditer(line)
        if "unlocalize" not in match.group(0)
    ]
    assert offenders == []


def test_the_scan_finds_a_bare_id():
    assert ID_OUTPUT.search('<input value="{{ measure.pk }}">')
    assert ID_OUTPUT.search("{{ row.field_id|default:'' }}")
    assert not ID_OUTPUT.search("{% url 'x' m.slug measure.pk %}")
