#!/bin/sh
# Handwritten fill-ins: a decision number whose digits were written by hand
# in blue ballpoint on the typed "Số: .../QĐ-UBND" line is not taken on
# trust: the field says "hand", is less sure than typed and is put up
# for review as handwritten, while typed fields are not.  The fixture is
# testdata/tiff/g4.tif in colour, its "245" painted over and written again
# in a slanted italic in pen blue (ImageMagick; nothing random).
. "$(dirname "$0")/lib.sh"
convert "$TD/tiff/g4.tif" -colorspace sRGB -type TrueColor -fill white \
    -draw 'rectangle 236,350 306,395' -font DejaVu-Serif-Condensed-Italic \
    -pointsize 42 -fill 'rgb(30,50,175)' -annotate 5x5+238+388 245 \
    -density 300 -units PixelsPerInch -quality 90 hand.jpg
convert "$TD/tiff/g4.tif" -colorspace sRGB -type TrueColor \
    -density 300 -units PixelsPerInch -quality 90 typed.jpg

run ocr-extract -q -j2 --keep-words hand.jpg
is "$rc:$(jqv -c '.fields["decision.number"].hand')" 0:true \
    "the number written by hand is marked so"
is "$(jqv -c '[.review[] | select(.field == "decision.number") | .reason]')" \
    '["handwritten"]' "and put up for review as handwritten"
conf=$(jqv '.fields["decision.number"].conf')
is "$(jqv -c '[.fields | to_entries[] | select(.value.hand) | .key]')" \
    '["decision.number"]' "no typed field is taken for handwriting"
is "$(jqv -c '[.ocr.pages[0].lines[].words[] | select(length > 6) | .[0]
    | test("^24")] | .[0]')" true "its word carries the mark in the words"

run ocr-extract -q -j2 typed.jpg
is "$rc:$(jqv -c '[.fields[] | select(.hand)] | length')" 0:0 \
    "the same page typed in colour has no handwriting"
is "$(jqv -r '.decision.number'):$(jqv -c '[.review[] |
    select(.field == "decision.number")] | length')" 245/QĐ-UBND:0 \
    "and its typed number is read and not reviewed"
typed=$(jqv '.fields["decision.number"].conf')
ok "$(awk -v c="$conf" -v t="$typed" 'BEGIN { exit !(c < t) }'; echo $?)" \
    "the handwritten number is less sure than the typed one ($conf < $typed)"

done_testing
