#!/bin/sh
# Handwritten fill-ins: a decision number whose digits were written by hand
# in blue ballpoint on the typed "Số: .../QĐ-UBND" line is not taken on
# trust: the field says "hand", is less sure than typed and is put up
# for review as handwritten, while typed fields are not.  The fixture is
# testdata/tiff/g4.tif in colour, its "245" painted over and written again
# in a slanted italic in pen blue (ImageMagick; nothing random).
# The digits written by hand are read again from the pen ink alone, with a
# digit whitelist: the number is read right, and so are the day and month
# of a date line on a page skewed 6 degrees at 150 dpi (as the stress set
# has them), where the engine read "1 Í" for 11 and "7năm" or "Znăm" for
# "7 năm"; they stay marked, less sure and for review.
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

is "$(jqv -r '.decision.number')" 245/QĐ-UBND \
    "the number written by hand is read from its pen ink"

run ocr-extract -q -j2 typed.jpg
is "$rc:$(jqv -c '[.fields[] | select(.hand)] | length')" 0:0 \
    "the same page typed in colour has no handwriting"
is "$(jqv -r '.decision.number'):$(jqv -c '[.review[] |
    select(.field == "decision.number")] | length')" 245/QĐ-UBND:0 \
    "and its typed number is read and not reviewed"
typed=$(jqv '.fields["decision.number"].conf')
ok "$(awk -v c="$conf" -v t="$typed" 'BEGIN { exit !(c < t) }'; echo $?)" \
    "the handwritten number is less sure than the typed one ($conf < $typed)"


convert "$TD/tiff/g4.tif" -colorspace sRGB -type TrueColor -fill white \
    -draw 'rectangle 1118,345 1170,392' -draw 'rectangle 1308,345 1342,392' \
    -font DejaVu-Serif-Condensed-Italic -pointsize 48 \
    -fill 'rgba(25,45,170,0.85)' -annotate -8x-8+1122+390 11 \
    -annotate 8x8+1314+388 7 -background white -rotate 6 -resize 50% \
    -density 150 -units PixelsPerInch -quality 75 date.jpg
run ocr-extract -q -j2 --text date.jpg
is "$rc:$(jqv -r '.decision.date')" 0:2019-07-11 \
    "a day and month written by hand on a skewed page are read"
is "$(jqv -r '.pages[0].text' | grep -c 'ngày 11 tháng 7 năm 2019')" 1 \
    "and the page's text has the date line as written"
is "$(jqv -c '[.fields["decision.date"].hand, [.review[] |
    select(.field == "decision.date") | .reason]]')" '[true,["handwritten"]]' \
    "the date stays marked as handwritten and put up for review"

done_testing
