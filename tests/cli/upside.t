#!/bin/sh
# Pages upside down at a low resolution: gen-real's upsidehi group makes
# them (as the held-out stress set has them, turned 180 degrees and a
# little skewed, at 200 or 150 dpi), and they are read upright.  So is a
# page whose letters do not tell which way up it stands (one line of
# capitals: no ascenders nor descenders for the up-down test) when
# Tesseract's OSD guesses, unsure, that it stands upside down: the guess
# is read first, and the page as it stands only when the guess reads
# badly.  The fixture is the heading line of testdata/tiff/g4.tif.
. "$(dirname "$0")/lib.sh"

convert "$TD/tiff/g4.tif" -crop 2480x250+0+2000 +repage -rotate 180 \
    -resize 67% -density 200 -units PixelsPerInch -quality 75 heading.jpg
run ocr-extract -q -j1 --no-extract --text heading.jpg
is "$rc:$(jqv '.pages[0].rotation')" 0:180 \
    "a heading line upside down, OSD unsure, is turned upright"
like "$(jqv -r '.pages[0].text')" "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" \
    "and read"
convert heading.jpg -rotate 180 upright.jpg
run ocr-extract -q -j1 --no-extract --text upright.jpg
is "$rc:$(jqv '.pages[0].rotation')" 0:0 "upright, it is left as it stands"

# scan-import's up-down test on a colour page (a tinted sheet, a red seal)
# and on a grey one at 135 dpi, upside down: it reads colour as grey, and
# a page under 200 dpi scaled up twice (its letters are too small to tell
# their ascenders from their descenders).  Made from testdata/tiff/g4.tif.
convert "$TD/tiff/g4.tif" -crop 2480x1800+0+700 +repage -colorspace sRGB \
    -type TrueColor \( +clone -fill '#f3e6bf' -colorize 100 \) \
    -compose Multiply -composite -fill 'rgba(215,30,45,0.7)' \
    -draw 'circle 1700,1200 1700,1450' -resize 45% -rotate 180 \
    -density 135 -units PixelsPerInch -quality 75 colour.jpg
convert colour.jpg -colorspace Gray grey.jpg
convert colour.jpg -rotate 180 colour-up.jpg
convert grey.jpg -rotate 180 grey-up.jpg
run scan-import -q colour.jpg grey.jpg colour-up.jpg grey-up.jpg
is "$rc:$(jqv -r '[.pages[0] | .colour, .upside_down] | map(tostring) | join(" ")' | xargs)" \
    "0:rgb true grey true rgb false grey false" \
    "colour and grey pages at 135 dpi upside down are found so; upright ones are not"
like "$(jqv -r 'select(.pages[0].colour == "rgb") | .warnings[].code')" \
    '^upside-down$' "and warned"

"$TD/gen-real/gen-real" -n 1 --seed 5 --groups upsidehi gen 2>/dev/null
is "$(jq -c '[.group, .pages[0].dpi]' gen/upsidehi-01.json)" \
    '["upsidehi",200]' "gen-real makes a page upside down at 200 dpi"
run scan-import -q gen/upsidehi-01.pdf
is "$rc:$(jqv '.pages[0].dpi')" 0:200 "its PDF's page is at 200 dpi"
run ocr-extract -q -j1 gen/upsidehi-01.pdf
is "$rc:$(jqv '.pages[0].rotation')" 0:180 "it is turned upright"
is "$(jqv -r '.decision.number')" "$(jq -r '.pages[0].keys[0]' \
    gen/upsidehi-01.json)" "and its decision number is read"

# Words of many descenders and no ascenders ("ngay quy gay") fool the
# up-down test, which goes by the letters: upright at 120 dpi it says they
# stand upside down, and upside down that they stand upright.  Either way
# the page read as the test turned it reads badly (confidence under 55),
# so it is read the other way up too and the better reading is kept.
convert -size 1000x700 xc:white -font DejaVu-Serif -pointsize 22 -fill black \
    -annotate +80+100 "ngay may quy gay, mong quay nguy ngay, gay ruy" \
    -annotate +80+150 "ngang quy, may ngay, gay mong, nguy quay pygmy yoga" \
    -annotate +80+200 "gypsy quay ngay, mong may, ngu ngay gay, quy ray" \
    -annotate +80+250 "rong ruy, pygmy gay, may mong quy, ngay nguy gay" \
    -density 120 -units PixelsPerInch -quality 85 desc.jpg
convert desc.jpg -rotate 180 desc-down.jpg
run ocr-extract -q -j1 --no-extract --text desc.jpg desc-down.jpg
is "$rc:$(jqv -r '.pages[0].rotation' | xargs)" "0:0 180" \
    "descenders that fool the up-down test: each page is read upright"
is "$(jqv -r '.pages[0].text' | grep -c 'ngang quy, may ngay, gay mong')" 2 \
    "and both read"

done_testing
