"""Reading generated Word files in tests: what follows each chart image, which rows repeat."""

import io

import docx
from docx.oxml.ns import qn


def open_docx(data: bytes):
    return docx.Document(io.BytesIO(data))


def _text(element) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def chart_blocks(document) -> list[tuple[str, list[list[str]]]]:
    """For every image in the body: the caption and the cell texts of the table after it.

    Empty paragraphs in between are skipped; a missing caption or table reads as ``""``
    and ``[]``, so that a test comparing with the chart's data table fails.
    """
    blocks = []
    children = list(document.element.body.iterchildren())
    for index, element in enumerate(children):
        if element.tag != qn("w:p") or not element.findall(f".//{qn('w:drawing')}"):
            continue
        following = [
            e
            for e in children[index + 1 : index + 4]
            if not (e.tag == qn("w:p") and not _text(e).strip())
        ]
        caption = _text(following[0]) if following else ""
        table = next((e for e in following[1:2] if e.tag == qn("w:tbl")), None)
        cells = (
            [
                [_text(cell) for cell in row.iterchildren(qn("w:tc"))]
                for row in table.iterchildren(qn("w:tr"))
            ]
            if table is not None
            else []
        )
        blocks.append((caption, cells))
    return blocks


def chart_cells(chart) -> list[list[str]]:
    """The data table of a chart as the cell texts Word should show."""
    table = chart.table
    return [[c.label for c in table.columns]] + [[r.header, *r.cells] for r in table.rows]


def header_rows_repeat(table) -> bool:
    """Whether Word repeats the table's first row on every page (``w:tblHeader``)."""
    properties = table.rows[0]._tr.trPr
    marker = properties.find(qn("w:tblHeader")) if properties is not None else None
    return marker is not None and marker.get(qn("w:val"), "true") in ("true", "1", "on")
