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

# A phone photo of the same page (perspective, a warm grey cast darkening
# to its foot, blur, JPEG): the photo's blur and cast wash the pen's blue
# out (its blue ~30 levels above its red, where a scan's pen needs 40).
# Pen ink is told on the sheet flattened and evened, its colours made more
# vivid, so the number and the date's figures are still marked as written
# by hand, and the number is never given as typed from a misreading: the
# build before read "243/QĐ-UBND" for 245 at 0.95 confidence, unflagged.
convert "$TD/tiff/g4.tif" -colorspace sRGB -type TrueColor -fill white \
    -draw 'rectangle 236,350 306,395' -draw 'rectangle 1118,345 1170,392' \
    -draw 'rectangle 1308,345 1342,392' -font DejaVu-Serif-Condensed-Italic \
    -pointsize 42 -fill 'rgb(30,50,175)' -annotate 5x5+238+388 245 \
    -pointsize 48 -fill 'rgba(25,45,170,0.85)' -annotate -8x-8+1122+390 11 \
    -annotate 8x8+1314+388 7 -resize 50% -background 'rgb(70,60,50)' \
    -virtual-pixel background -distort Perspective \
    '0,0 60,50  1239,0 1190,70  0,1753 80,1700  1239,1753 1160,1680' \
    \( -size 1240x1754 gradient:'rgb(235,228,205)-rgb(150,140,120)' \) \
    -compose Multiply -composite -blur 0x1 -seed 7 -attenuate .3 \
    +noise Gaussian -strip -quality 80 photo.jpg
run ocr-extract -q -j1 --keep-words photo.jpg
is "$rc:$(jqv '.pages[0].photo')" 0:true "the photo is one"
is "$(jqv -c '[.ocr.pages[0].lines[] | select(any(.words[]; .[0] | test("^Số")))
    | .words[] | select(length > 6 and (.[0] | test("^[0-9]{3}")))] | length')" 1 \
    "the number written by hand on the photo is marked so"
is "$(jqv -c '[.ocr.pages[0].lines[] | select(any(.words[]; .[0] == "ngày"))
    | .words[] | select(length > 6)] | length > 0')" true \
    "and so are the date's figures"
is "$(jqv -c '.decision.number == null or
    .fields["decision.number"].hand == true')" true \
    "the number is never given as typed ($(jqv -c .decision.number))"
is "$(jqv -c '[.review[] | select(.field | test("^decision"))] | length > 0')" \
    true "and the decision's header is put up for review"

# Digits drawn as pen strokes (a 2, a 4 and a 5 as polylines, each its own
# stroke, as gen-real's hand group writes them), which the engine reads
# short: the build before gave "24/QĐ-UBND", a number made up from two of
# the three figures.  A reading of fewer figures than the pen's strokes is
# withheld: the number is never a part of what was written; unread, it is
# null, marked handwritten, and reviewed with the box of its line, so the
# clerk sees the crop.
convert "$TD/tiff/g4.tif" -colorspace sRGB -type TrueColor -fill white \
    -draw 'rectangle 236,350 306,395' -fill none -stroke 'rgb(30,50,175)' \
    -strokewidth 4 \
    -draw 'polyline 241,366 247,358 255,363 253,372 238,390 254,389' \
    -draw 'polyline 274,390 276,358 263,380 279,379' \
    -draw 'polyline 304,358 292,358 289,372 299,371 302,381 294,390 286,387' \
    -density 300 -units PixelsPerInch -quality 90 strokes.jpg
run ocr-extract -q -j2 strokes.jpg
is "$rc:$(jqv -c '.decision.number | . == null or . == "245/QĐ-UBND"')" \
    0:true "pen strokes read short give no number ($(jqv -c .decision.number))"
is "$(jqv -c '[.fields["decision.number"] | .hand, (.bbox | length)]')" \
    '[true,4]' "the number stays marked handwritten, with its box"
is "$(jqv -c '[.review[] | select(.field == "decision.number") | .reason]')" \
    '["handwritten"]' "and it is put up for review as handwritten"
printf '%s\n' "$out" >strokes.json
landrec-review -q --html html strokes.json
is "$(cat html/*.html | grep -c 'class="crop".*alt="[^"]*: decision.number"')" \
    1 "its review item has a crop of the scan"

done_testing
