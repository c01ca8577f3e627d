#!/bin/sh
# The resolution from the text: a page with no resolution in its file, or
# with one its letters belie (a shrunk copy still tagged 300 dpi), gets the
# one its letters' height implies and says it, and is scaled up for OCR at
# it; so is a page tagged 72 dpi by its software whose letters imply more,
# but not a page a scanner tagged 150 dpi whose letters are large.
# Fixtures are testdata/tiff/g4.tif (a 300 dpi page) shrunk to 120 dpi.
. "$(dirname "$0")/lib.sh"
V=$TD/tiff
convert "$V/g4.tif" -resize 40% -units Undefined -density 1 -quality 90 \
    nodpi.jpg
convert "$V/g4.tif" -resize 40% -density 300 -units PixelsPerInch \
    -quality 90 tagged300.jpg
convert "$V/g4.tif" -density 300 -units PixelsPerInch -quality 90 true300.jpg
convert "$V/g4.tif" -resize 40% -density 72 -units PixelsPerInch \
    -quality 90 tagged72.jpg
convert "$V/g4.tif" -resize 60% -density 100 -units PixelsPerInch \
    -quality 90 tagged100.jpg

near() { awk -v v="$1" -v lo="$2" -v hi="$3" 'BEGIN { exit !(v >= lo && v <= hi) }'; }

run scan-import -q nodpi.jpg
is "$(jqv -c '[.pages[0].dpi, .warnings[0].code]')" '[null,"no-dpi"]' \
    "a JPEG without a resolution says it has none"
near "$(jqv '.pages[0].dpi_text')" 100 145
ok $? "its letters' height implies about 120 dpi ($(jqv '.pages[0].dpi_text'))"
# a page lying sideways: its letters are measured along its lines (down
# the page), not across them (their widths), and imply what they do upright
convert nodpi.jpg -rotate 90 -units Undefined -density 1 -quality 90 \
    nodpi90.jpg
up=$(jqv '.pages[0].dpi_text')
run scan-import -q nodpi90.jpg
near "$(jqv '.pages[0].dpi_text')" $((up * 97 / 100)) $((up * 103 / 100))
ok $? "turned a quarter, it implies the same ($(jqv '.pages[0].dpi_text'), upright $up)"
run scan-import -q tagged300.jpg
near "$(jqv '.pages[0].dpi_text')" 100 145
ok $? "a copy shrunk to 120 dpi but tagged 300 gets the dpi its text implies"
run scan-import -q tagged72.jpg
near "$(jqv '.pages[0].dpi_text')" 100 145
ok $? "so does the copy tagged 72 dpi ($(jqv '.pages[0].dpi_text'))"
run scan-import -q tagged100.jpg
is "$(jqv -c '[.pages[0] | .dpi, has("dpi_text")]')" '[100,false]' \
    "a scanner's 100 dpi is kept though its letters imply 180: fonts vary"
run scan-import -q true300.jpg "$V/g4.tif"
is "$(printf '%s\n' "$out" | jq -c '[.pages[0] | .dpi, has("dpi_text")]' | tr '\n' ' ')" \
    '[300,false] [300,false] ' "a page whose letters agree with its tag keeps it"

run ocr-extract -q --no-extract --text tagged300.jpg
is "$rc:$(jqv '.pages[0].upscaled')" 0:true "so is the shrunk copy tagged 300 dpi"

run ocr-extract -q --no-extract --text tagged72.jpg
near "$(jqv '.pages[0].dpi_text')" 100 145
ok $? "the copy tagged 72 dpi is read at its letters' dpi, not scaled 4 times"
like "$(jqv -r '.pages[0].text')" "Lò Văn Thoong" "and its owner is read"

# a unitless JFIF density (1:1) or a 1-dpi TIFF tag is no resolution: the
# page is read at the one its letters imply, not scaled up 300 times until
# cleanup fails
run ocr-extract -q --no-extract --text nodpi.jpg
is "$rc:$(jqv '.pages[0].upscaled')" 0:true \
    "a JPEG whose density is 1:1 is scaled up by its letters"
like "$(jqv -r '.pages[0].text')" "QUYẾT ĐỊNH" "and its text is there"
convert "$V/g4.tif" -resize 40% -units PixelsPerInch -density 1 one.tif
run scan-import -q one.tif
is "$(jqv -c '.pages[0].dpi')" null "a TIFF tagged 1 dpi has no resolution"
run ocr-extract -q --no-extract --text one.tif
is "$rc" 0 "and is read"

# a worn copy's specks, many more than its letters and lower, stand alone:
# they are not letters, and do not make the text look three times smaller
# (4000 round specks 5 pixels across over the page shrunk to 120 dpi)
dots=$(awk 'BEGIN { srand(7); for (i = 0; i < 4000; i++) {
	x = int(rand() * 992); y = int(rand() * 1403)
	printf "circle %d,%d %d,%d ", x, y, x + 2, y } }')
convert "$V/g4.tif" -resize 40% -fill black -draw "$dots" \
    -units Undefined -density 1 -quality 90 specks.jpg
run scan-import -q specks.jpg
near "$(jqv '.pages[0].dpi_text')" 100 145
ok $? "a speckled page's letters still imply about 120 dpi ($(jqv '.pages[0].dpi_text'))"

done_testing
