"""Writes the fixtures of Tests/Fixtures/xlsx/ (run by hand; never by the tests).

    python3 bench/xlsx_fixtures.py            # deflate vectors, openpyxl and hand-written workbooks
    soffice --headless --convert-to xlsx ...  # the LibreOffice workbook (see Guides/Ingest.md)

Deflate vectors come from zlib (raw streams, wbits=-15). Workbooks come from openpyxl and from
Python's zipfile writing SpreadsheetML parts by hand (inline strings, sparse cells, data
descriptors, a stored entry, the 1904 date system), shapes that openpyxl does not write.
"""
import datetime
import io
import os
import zipfile
import zlib

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "Fixtures", "xlsx")


def lcg_bytes(n, seed=12345):
    """The byte sequence the Swift tests regenerate: x = (x * 1103515245 + 12345) mod 2^31."""
    out = bytearray()
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append((x >> 16) & 0xFF)
    return bytes(out)


def raw_deflate(data, level=6, strategy=zlib.Z_DEFAULT_STRATEGY, sync_at=None):
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
    if sync_at is None:
        return c.compress(data) + c.flush()
    return c.compress(data[:sync_at]) + c.flush(zlib.Z_SYNC_FLUSH) + c.compress(data[sync_at:]) + c.flush()


def deflate_vectors():
    text = b"SIMAT matricula 2021;SIMAT matricula 2022;" * 20
    vectors = {
        "fixed.deflate": raw_deflate(text, strategy=zlib.Z_FIXED),
        "dynamic.deflate": raw_deflate(text * 5),
        "stored.deflate": raw_deflate(text, level=0),
        # stored empty block from the sync flush between two dynamic parts
        "sync_flush.deflate": raw_deflate(text * 5, sync_at=333),
    }
    # 40 000 pseudo-random bytes, then their last 32 000 bytes twice: matches reach back 32 000 bytes
    # (near the 32 KiB window) and cross many output pieces of the inflater.
    block = lcg_bytes(40000)
    vectors["far_backref.deflate"] = raw_deflate(block + block[-32000:] + block[-32000:], level=9)
    for name, data in vectors.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)


def matricula_rows():
    header = ["ANO_INF", "CODIGO_DANE", "NOMBRE_ESTABLECIMIENTO", "PER_ID", "NRO_DOCUMENTO",
              "FECHA_NACIMIENTO", "GENERO", "GRADO", "ESTADO", "MOTIVO"]
    rows = []
    schools = [(105001000123, "I.E. LA ESPERANZA"), (205002000228, 'I.E. "LEÓN DE GREIFF", SEDE 1')]
    pid = 5000
    for s_index, (code, name) in enumerate(schools):
        for k in range(8):
            pid += 1
            born = datetime.date(2008 + k % 3, 1 + k % 12, 1 + (k * 3) % 28)
            grade = 5 + k % 3
            rows.append([2021, code, name, pid, 1000000000 + pid, born, "F" if k % 2 else "M", grade,
                         "MATRICULADO", None])
            if k % 4 == 3:
                rows.append([2022, code, name, pid, 1000000000 + pid, born, "F" if k % 2 else "M", grade,
                             "RETIRADO", "CAMBIO DE DOMICILIO"])
            elif k != 5:
                rows.append([2022, code, name, pid, 1000000000 + pid, born, "F" if k % 2 else "M",
                             grade + 1, "MATRICULADO", None])
    return header, rows


def csv_field(value):
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = str(value)
    if any(c in text for c in ',"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def openpyxl_workbook():
    import openpyxl
    header, rows = matricula_rows()
    with open(os.path.join(OUT, "matricula.csv"), "w", encoding="utf-8", newline="") as f:
        for row in [header] + rows:
            f.write(",".join(csv_field(v) for v in row) + "\n")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Matricula"
    ws.append(header)
    for row in rows:
        ws.append(row)
    for cell in ws["F"][1:]:
        cell.number_format = "dd/mm/yyyy"
    other = wb.create_sheet("Directorio 2022")
    other.append(["CODIGO_DANE", "NOMBRE_ESTABLECIMIENTO", "CODIGO_MUNICIPIO", "ZONA", "SECTOR"])
    other.append([105001000123, "I.E. LA ESPERANZA", "05001", "URBANA", "OFICIAL"])
    other.append([205002000228, "I.E. LEÓN DE GREIFF", "05002", "RURAL", "OFICIAL"])
    wb.save(os.path.join(OUT, "matricula_openpyxl.xlsx"))


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""


class NoSeek(io.RawIOBase):
    """A write-only stream without seek, so zipfile writes data descriptors (flag bit 3)."""

    def __init__(self):
        self.data = bytearray()

    def writable(self):
        return True

    def write(self, b):
        self.data += b
        return len(b)


def handmade(name, sheets, shared, styles, date1904=False):
    """A workbook written part by part: sheets is [(tab name, part file, sheet XML)]."""
    workbook = ['<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
    workbook.append('<workbookPr date1904="1"/>' if date1904 else '<workbookPr/>')
    workbook.append("<sheets>")
    rels = ['<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i, (tab, part, _) in enumerate(sheets):
        # relationship ids deliberately not in tab order
        rid = "rId%d" % (10 - i)
        workbook.append('<sheet name="%s" sheetId="%d" r:id="%s"/>' % (tab, i + 1, rid))
        rels.append('<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="%s"/>' % (rid, part))
    workbook.append("</sheets></workbook>")
    rels.append('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/strings.xml"/>')
    rels.append('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    rels.append("</Relationships>")
    stream = NoSeek()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS, compress_type=zipfile.ZIP_STORED)
        z.writestr("xl/workbook.xml", "".join(workbook))
        z.writestr("xl/_rels/workbook.xml.rels", "".join(rels))
        z.writestr("xl/strings.xml", shared)
        z.writestr("xl/styles.xml", styles)
        for _, part, xml in sheets:
            with z.open("xl/" + part, "w") as f:
                f.write(xml.encode("utf-8"))
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(bytes(stream.data))


SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
SHEET_TAIL = "</sheetData></worksheet>"

STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="3"><numFmt numFmtId="164" formatCode="dd\\/mm\\/yyyy;@"/><numFmt numFmtId="165" formatCode="[$-409]0.00&quot; d&quot;"/><numFmt numFmtId="166" formatCode="00000"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"><alignment horizontal="left"/></xf><xf numFmtId="10"/><xf numFmtId="22"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs>
</styleSheet>"""

SHARED = """<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">
<si><t>CODIGO</t></si><si><t xml:space="preserve">  con espacios  </t></si>
<si><r><rPr><b/></rPr><t>Ri</t></r><r><t>co</t></r><rPh sb="0" eb="1"><t>fonético</t></rPh></si>
<si><t>línea 1&#10;línea 2 &amp; &lt;3&gt;_x000D_</t></si><si><t/></si>
</sst>"""


def handmade_workbooks():
    cells = SHEET_HEAD + (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>TEXTO</t></is></c>'
        '<c r="C1" t="inlineStr"><is><t>FECHA</t></is></c><c r="D1" t="inlineStr"><is><t>VALOR</t></is></c></row>'
        # row 2: code in exponent form, shared string with spaces, date serial (built-in 14), percent
        '<row r="2"><c r="A2"><v>1.05001000123E+11</v></c><c r="B2" t="s"><v>1</v></c>'
        '<c r="C2" s="1"><v>40315</v></c><c r="D2" s="3"><v>3.2000000000000001E-2</v></c></row>'
        # row 3 missing; row 4: sparse cells (B and D only), rich text, custom date format
        '<row r="4"><c r="B4" t="s"><v>2</v></c><c r="D4" s="2"><v>59</v></c></row>'
        # row 5: styled empty cells, a formula string, an error and a boolean
        '<row r="5"><c r="A5" s="3"/><c r="B5" t="str"><f>A1&amp;"x"</f><v>CODIGOx</v></c>'
        '<c r="C5" t="e"><v>#N/A</v></c><c r="D5" t="b"><v>1</v></c></row>'
        # row 6: entities and a line break in a shared string, date-time, fraction, negative number
        '<row r="6"><c r="A6"><v>-12.5</v></c><c r="B6" t="s"><v>3</v></c><c r="C6" s="4"><v>44197.5</v></c>'
        '<c r="D6"><v>0.30000000000000004</v></c></row>'
        # row 7: cells without r (placed one after the other), 1900 leap-year serial 60, tiny number
        '<row><c><v>7</v></c><c s="1"><v>60</v></c><c s="1"><v>61</v></c><c><v>1.5E-5</v></c></row>'
        # row 8: only empty values (an empty shared string, an empty inline string)
        '<row r="8"><c r="A8" t="s"><v>4</v></c><c r="B8" t="inlineStr"><is><t></t></is></c></row>'
        # row 9: beyond the header's width; a municipality code in a 00000 cell keeps its leading zero
        '<row r="9" spans="1:6"><c r="E9" s="5"><v>2.5</v></c><c r="F9" s="6"><v>5001</v></c></row>'
    ) + SHEET_TAIL
    second = SHEET_HEAD + '<row r="1"><c r="A1" t="inlineStr"><is><t>HOJA</t></is></c></row><row r="2"><c r="A2"><v>2</v></c></row>' + SHEET_TAIL
    handmade("handmade_parts.xlsx", [("Datos", "worksheets/datos.xml", cells), ("Segunda", "worksheets/s2.xml", second)],
             SHARED, STYLES)
    dates = SHEET_HEAD + ('<row r="1"><c r="A1" t="inlineStr"><is><t>FECHA</t></is></c></row>'
                          '<row r="2"><c r="A2" s="1"><v>0</v></c></row><row r="3"><c r="A3" s="1"><v>38853</v></c></row>') + SHEET_TAIL
    handmade("date1904.xlsx", [("Fechas", "worksheets/sheet1.xml", dates)], SHARED, STYLES, date1904=True)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    deflate_vectors()
    openpyxl_workbook()
    handmade_workbooks()
