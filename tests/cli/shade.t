#!/bin/sh
# An unevenly lit grey page (a shadow or a gradient across it, as a heavy
# blur's haze or a bent page under the scanner's lamp gives) is laid out on
# the cleanup's threshold, which evens its background out, not on the
# engine's own threshold of the whole page, which takes the dark side for
# ink and loses the lines there; an evenly lit page is not.  The fixture is
# testdata/tiff/g4.tif (a 300-dpi page) made grey under a gradient from
# 30% grey on its left to white on its right, slightly blurred.
. "$(dirname "$0")/lib.sh"
V=$TD/tiff
convert "$V/g4.tif" -depth 8 \( -size 3508x2480 gradient:white-gray30 \
    -rotate 90 \) -compose Multiply -composite -blur 0x1 -colorspace Gray \
    -density 300 -units PixelsPerInch -compress lzw shade.tif
convert "$V/g4.tif" -depth 8 -blur 0x1 -colorspace Gray \
    -density 300 -units PixelsPerInch -compress lzw even.tif

run ocr-extract -q --no-extract --text shade.tif
is "$(jqv -r '.pages[0].text' | grep -c 'Lò Văn Thoong')" 3 \
    "each of the three owners on the unevenly lit page is read"
like "$(jqv -r '.pages[0].text')" "Số: 245/QĐ-UBND" \
    "and the number on its dark side"
run ocr-extract -q --no-extract --text even.tif
is "$(jqv -r '.pages[0].text' | grep -c 'Lò Văn Thoong')" 3 \
    "the evenly lit page is read as before"

done_testing
