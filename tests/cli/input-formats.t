#!/bin/sh
# PDF, JPEG and PNG input: scan-import's records and messages, and
# ocr-extract reading the same files by path and from records.  The
# fixtures are made here from testdata/tiff/g4.tif (a 300 dpi text page)
# with ImageMagick, img2pdf and testdata/pdf/mkpdf.py.
. "$(dirname "$0")/lib.sh"
V=$TD/tiff
mkpdf() { python3 "$TD/pdf/mkpdf.py" "$@"; }

# Fixtures: a colour JPEG (red disc over the text) at 150 dpi, the same
# without a resolution, grey and black-and-white PNGs, PDFs of them.
convert "$V/g4.tif" -colorspace sRGB -type TrueColor -fill red \
    -draw 'circle 1800,900 1800,1100' -resize 50% -quality 80 \
    -density 150 -units PixelsPerInch colour.jpg
convert colour.jpg -units Undefined -density 1 nodpi.jpg
convert "$V/g4.tif" -resize 40% -colorspace Gray -density 120 \
    -units PixelsPerInch grey.png
convert "$V/g4.tif" -density 300 -units PixelsPerInch bw.png
mkpdf doc.pdf colour.jpg "colour.jpg@120+Quyet dinh so 12" \
    'text:Hello world|second line'
tiffcp "$V/g4.tif,0" p1.tif && img2pdf -o ccitt.pdf p1.tif
head -c 2000 doc.pdf >broken.pdf

# JPEG and PNG.
run scan-import -q colour.jpg
is "$rc:$(jqv '.pages[0] | [.format, .file_page, .colour, .dpi, .width, .bits, .samples]')" \
    '0:["jpeg",1,"rgb",150,1240,8,3]' "a colour JPEG: format, page, colour, resolution, size"
run scan-import -q nodpi.jpg
is "$(jqv '[.pages[0].dpi, .warnings[0].code]')" '[null,"no-dpi"]' \
    "a JPEG without a resolution: dpi null, warned"
run scan-import -q grey.png
is "$(jqv '.pages[0] | [.format, .colour, .dpi, .bits]')" '["png","grey",120,8]' \
    "a grey PNG: grey, its pHYs resolution"
run scan-import -q bw.png
is "$(jqv '.pages[0] | [.colour, .bits, .ink]')" '["bilevel",1,0.042]' \
    "a black-and-white PNG is bilevel, same ink as the TIFF"

# PDF: an embedded JPEG page, the same with a text layer, a text page.
run scan-import -q doc.pdf
is "$rc:$(jqv '[.text_layer, (.pages|length)]')" '0:[true,3]' \
    "a PDF with text: three pages, text_layer"
is "$(jqv '[.pages[] | [.n, .file_page, .format, .colour, .image, .text_layer]]')" \
    '[[1,1,"pdf","rgb","embedded",false],[2,2,"pdf","rgb","embedded",true],[3,3,"pdf","grey","rendered",true]]' \
    "per page: number, colour, embedded or rendered, text layer"
is "$(jqv '[.pages[0].width, .pages[0].dpi, .pages[1].dpi, .pages[2].dpi]')" \
    '[1240,150,120,300]' "embedded images keep their size; text rendered at 300 dpi"
is "$(jqv -c '[.warnings[] | select(.code == "text-page") | .page]')" '[3]' \
    "a page of text and no image is reported"
run scan-import -q ccitt.pdf
is "$(jqv '.pages[0] | [.colour, .bits, .width, .dpi, .ink, .image]')" \
    '["bilevel",1,2480,300,0.042,"embedded"]' "a CCITT page is taken bilevel at its size"
run scan-import -q "$V/g4.tif"
is "$(jqv 'has("text_layer"), .pages[0].format, .pages[0].colour')" \
    "$(printf 'false\n"tiff"\n"bilevel"')" "TIFF pages say their format and colour"

# Every record of these validates against the schema.
scan-import -q colour.jpg grey.png doc.pdf ccitt.pdf >all.jsonl
python3 "$TOP/tests/check-records" all.jsonl
ok $? "records of PDF, JPEG and PNG validate against schemas/record.schema.json"

# A broken PDF is reported; the other files are still imported.
run scan-import broken.pdf colour.jpg
is "$rc:$(jqv -s 'length')" "1:1" "a broken PDF: exit 1, the other file imported"
like "$err" "^scan-import: 'broken.pdf': not a readable PDF file" \
    "a broken PDF is named in the message"
printf '\377\330\377\340 not really' >bad.jpg
run scan-import -q bad.jpg
like "$rc:$err" "^1:scan-import: 'bad.jpg': not a readable JPEG file" "a broken JPEG"
head -c 60000 colour.jpg >trunc.jpg
run scan-import -q trunc.jpg
is "$rc:$(jqv -c '[.warnings[] | select(.code == "libjpeg") | .message]')" \
    '0:["Premature end of JPEG file"]' "a truncated JPEG: decoded, libjpeg's warning kept"
is "$err" "" "and nothing printed by the libraries"
run scan-import -q --max-pixels 1000000 colour.jpg doc.pdf
like "$err" "'colour.jpg': 1240x1754 pixels is over the limit" "the pixel limit holds for JPEG"
like "$err" "'doc.pdf': page 1: 1240x1754 pixels is over the limit" "and for PDF pages"

# Directories are searched for the new formats too.
mkdir -p d/e && cp colour.jpg d/a.JPG && cp grey.png d/e/b.png && cp doc.pdf d/c.pdf
run scan-import -q d
is "$(jqv -s -c '[.[].source]')" '["d/a.JPG","d/c.pdf","d/e/b.png"]' \
    "directories searched for .pdf, .jpg and .png"

# ocr-extract reads a PDF's pages in order, by path and from a record.
run ocr-extract -q -j2 --no-extract --text doc.pdf
is "$rc:$(jqv '[.pages[].n]')" "0:[1,2,3]" "ocr-extract reads a PDF by path, every page"
like "$(jqv -r '.pages[2].text')" "Hello world" "the text page is read"
like "$(jqv -r '.pages[0].text')" "QUYẾT ĐỊNH|Quyết định|ĐIỆN BIÊN" "an embedded colour page is read"
scan-import -q colour.jpg >jpg.jsonl
run sh -c 'ocr-extract -q --no-extract --text <jpg.jsonl'
is "$rc" 0 "ocr-extract takes a JPEG's record"
like "$(jqv -r '.pages[0].text')" "QUYẾT ĐỊNH|Quyết định" \
    "ocr-extract re-opens the JPEG page from its record and reads it"

done_testing
