#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the hand-made seeds of tests/fuzz/roster-corpus/.

The corpus also holds files made by other programs: ok-export.xlsx (the
app's own XLSX export, creator-role --batch --format xlsx), ok-calc.xls
(that export saved by LibreOffice Calc as Excel 97-2003), and that export
with its sheet named "Ro&#10;ster" and a right-to-left override, with
its rows (ok-sheet-named-on-two-lines.xlsx) and without
(bad-empty-sheet-named-on-two-lines.xlsx); and every input the fuzzer
ever failed on, such as bad-shared-strings-missing.xlsx, whose cells
refer to shared strings it does not hold. Names say what the reader
must do: ok-* must give creators, bad-* must be refused as a whole.
"""
import io
import os
import zipfile

corpus = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'roster-corpus')

HEADER = ('name,compensation,agreement,brands,exclusivity,audience,content,customer,'
          'effort,notoriety,platforms')


def ods(rows):
    """An OpenDocument spreadsheet of one sheet, its cells as strings, the
    repeats Calc writes for equal neighbours included."""
    cells = []
    for row in rows:
        out = []
        for value, repeat in row:
            attr = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ''
            if value:
                out.append(f'<table:table-cell office:value-type="string"{attr}>'
                           f'<text:p>{value}</text:p></table:table-cell>')
            else:
                out.append(f'<table:table-cell{attr}/>')
        cells.append('<table:table-row>' + ''.join(out) + '</table:table-row>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content'
        ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        '<office:body><office:spreadsheet><table:table table:name="Roster">'
        + ''.join(cells) +
        '</table:table></office:spreadsheet></office:body></office:document-content>')
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/"'
        ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '</manifest:manifest>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w') as z:
        z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.spreadsheet',
                   compress_type=zipfile.ZIP_STORED)
        z.writestr('content.xml', content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr('META-INF/manifest.xml', manifest, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


seeds = {
    # Ids, as the app's template and export write them.
    'ok-ids.csv': (HEADER + '\n'
                   'Maya Chen,per-campaign,per-campaign,many,yes,10k-100k,create,no,job,niche,'
                   'instagram blog\n'
                   'Lina Haddad,none,none,one,never,under-1k,relay,yes-loyal,occasional,no,\n'
                   '"Zo\u00e9, \u201cthe\u201d ""chef""",retainer,long-term,one,never,over-1m,'
                   'create,yes-loyal,job,public-figure,youtube\n').encode(),
    # A form tool's export: questions for columns, labels for cells,
    # semicolons, a byte-order mark and CRLF line ends.
    'ok-form-labels.csv': ('\ufeffName;Are you paid for promoting brands?;How many brands do you '
                           'promote?;Platforms\r\n'
                           'Maya;Paid per post or campaign;Many;"Instagram, A blog"\r\n'
                           'Omar;Never;One;\r\n').encode(),
    # A name over several lines, a formula-like name, Latin-1 bytes.
    'ok-multiline.csv': (HEADER + '\n"Two\nlines",gifts,,few,,,,,,,\n'
                         "'=1+1,none,,one,,,,,,,\n").encode() + b'Jos\xe9,none,,one,,,,,,,\n',
    'ok-tabs.tsv': b'name\tcompensation\tbrands\nMaya\tretainer\tone\n',
    'ok-lines.jsonl': (b'{"name":"Maya","answers":{"compensation":"per-campaign","brands":"many",'
                       b'"platforms":["instagram","blog"]}}\n'
                       b'{"answers":{"brands":"one"}}\n'
                       b'not json\n'
                       b'{"format":"creator-role/result","version":1,"answers":{}}\n'),
    'ok-repeats.ods': ods([
        [('name', 1), ('compensation', 1), ('agreement', 1), ('brands', 1)],
        [('Zo\u00e9', 1), ('none', 2), ('one', 1)],
        [('Maya', 1), ('', 2), ('many', 1)],
    ]),
    # Refused as a whole.
    'bad-empty.csv': b'',
    'bad-no-known-column.csv': b'who,what\nMaya,yes\n',
    'bad-zip-not-a-sheet.xlsx': b'PK\x03\x04' + b'\0' * 26,
    'bad-pdf.csv': b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n',
    'bad-utf16-nul.csv': 'name,brands\nMaya,one\n'.encode('utf-16-le'),
}

os.makedirs(corpus, exist_ok=True)
for name, data in seeds.items():
    with open(os.path.join(corpus, name), 'wb') as f:
        f.write(data)
