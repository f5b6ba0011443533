#!/usr/bin/env python3
"""Writes a large .docx (about PAGES pages: 40 paragraphs per page with headings, lists, formatted runs,
hyperlinks, and a 5 x 4 table every 5 pages) for the docx benchmark. Usage: make_docx.py OUT [PAGES]"""
import sys
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
out, pages = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 500
words = "the quick brown fox jumps over a lazy dog while operators watch folders of invoices".split()
body = []
for page in range(pages):
    body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Chapter {page + 1}</w:t></w:r></w:p>')
    for i in range(39):
        text = " ".join(words[(i + k) % len(words)] for k in range(14))
        if i % 10 == 3:
            body.append(f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                        f'<w:r><w:t>{text}</w:t></w:r></w:p>')
        else:
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{text} </w:t></w:r><w:r><w:rPr><w:b/><w:i/>'
                        f'<w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">bold words </w:t></w:r>'
                        f'<w:hyperlink r:id="rIdLink"><w:r><w:t>a link</w:t></w:r></w:hyperlink></w:p>')
    if page % 5 == 4:
        rows = "".join("<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>r{r}c{c}</w:t></w:r></w:p></w:tc>" for c in range(4))
                       + "</w:tr>" for r in range(5))
        body.append(f'<w:tbl><w:tblGrid>{"<w:gridCol/>" * 4}</w:tblGrid>{rows}</w:tbl>')
body.append('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>')
document = f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{"".join(body)}</w:body></w:document>'
styles = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr>'
          '<w:rFonts w:ascii="Calibri"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
          '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style></w:styles>')
numbering = (f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W}><w:abstractNum w:abstractNumId="0">'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
             '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml",
               '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
               'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
               'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
               '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
               'document.main+xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
               f'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" '
               'Target="word/document.xml"/></Relationships>')
    z.writestr("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns='
               f'"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdS" Type="{rel}/'
               f'styles" Target="styles.xml"/><Relationship Id="rIdN" Type="{rel}/numbering" Target="numbering.xml"/>'
               f'<Relationship Id="rIdLink" Type="{rel}/hyperlink" Target="https://example.org/" '
               'TargetMode="External"/></Relationships>')
    z.writestr("word/document.xml", document)
    z.writestr("word/styles.xml", styles)
    z.writestr("word/numbering.xml", numbering)
