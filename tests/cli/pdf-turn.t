#!/bin/sh
# A PDF page shows its embedded image turned or mirrored: by the page's
# /Rotate (a scanner stores the image as scanned and writes /Rotate 90,
# 180 or 270), or by the drawing matrix of the image.  The page is taken
# as it is shown, the image's pixels moved, never resampled; what the page
# shows turned is then turned upright by the orientation finder.  The
# fixture is the heading line of testdata/tiff/g4.tif at 150 dpi, made with
# ImageMagick and testdata/pdf/mkpdf.py.
. "$(dirname "$0")/lib.sh"

convert "$TD/tiff/g4.tif" -crop 2480x250+0+2000 +repage -resize 50% \
    -density 150 -units PixelsPerInch -quality 80 up.jpg
convert up.jpg -rotate 90 cw.jpg
convert up.jpg -rotate 180 down.jpg
convert up.jpg -rotate 270 ccw.jpg
convert up.jpg -flop mirror.jpg
M="$TD/pdf/mkpdf.py"
# Each page shows the heading upright.
python3 "$M" upright.pdf ccw.jpg:r90 down.jpg:r180 cw.jpg:r270 \
    down.jpg:turn180 cw.jpg:turn270 mirror.jpg:flip
# Each page shows it turned: 90 degrees clockwise, 180, 270.
python3 "$M" turned.pdf up.jpg:turn90 up.jpg:r180 up.jpg:turn270

HEAD='CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
run scan-import -q upright.pdf
is "$rc:$(jqv '[.pages[] | [.image, .width, .height, .dpi]] | unique')" \
    '0:[["embedded",1240,125,150]]' \
    "/Rotate 90, 180, 270, a turned and a mirrored image matrix: each page is its embedded image, as shown, at its size"
run ocr-extract -q -j2 --no-extract --no-orient --text upright.pdf
is "$rc:$(jqv -r '[.pages[] | .text | test("'"$HEAD"'")] | map(tostring) | join(" ")')" \
    "0:true true true true true true" \
    "and each reads upright without the orientation finder"

run scan-import -q turned.pdf
is "$(jqv -c '[.pages[] | [.image, .width, .height]]')" \
    '[["embedded",125,1240],["embedded",1240,125],["embedded",125,1240]]' \
    "pages that show the heading turned are taken turned"
run ocr-extract -q -j2 --no-extract --text turned.pdf
is "$rc:$(jqv -c '[.pages[].rotation]')" "0:[270,180,90]" \
    "the orientation finder turns them upright"
is "$(jqv -r '[.pages[] | .text | test("'"$HEAD"'")] | map(tostring) | join(" ")')" \
    "true true true" "and they are read"

# gen-real's rotatecol: a degraded colour page stored turned in a PDF whose
# /Rotate turns it back to upside down (seed 4: stored a quarter turn off,
# /Rotate 90).
"$TD/gen-real/gen-real" -n 1 --seed 4 --groups rotatecol gen 2>/dev/null
run scan-import -q gen/rotatecol-01.pdf
is "$rc:$(jqv -c '.pages[0] | [.image, .height > .width, .upside_down, .dpi]')" \
    "0:[\"embedded\",true,true,$(jq '.pages[0].dpi' gen/rotatecol-01.json)]" \
    "gen-real's rotatecol page is taken as shown: upright in shape, upside down"

done_testing
