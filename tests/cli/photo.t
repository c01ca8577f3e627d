#!/bin/sh
# Photos: a page photographed on a dark table, its perspective off and its
# bottom in shadow, is found to be a photo by the frame around its sheet;
# the sheet is read flat and evened, so the whole page is read, upright,
# and field boxes land where the words are in the photo.  A grey scan of
# the same page is no photo.  The fixture is testdata/tiff/g4.tif at half
# size with known corners (ImageMagick, noise seeded).
. "$(dirname "$0")/lib.sh"
convert "$TD/tiff/g4.tif" -resize 50% -quality 90 scan.jpg
convert scan.jpg -colorspace sRGB -background 'rgb(70,60,50)' \
    -virtual-pixel background -distort Perspective \
    '0,0 60,50  1239,0 1190,70  0,1753 80,1700  1239,1753 1160,1680' \
    \( -size 1240x1754 gradient:'rgb(250,248,240)-rgb(130,125,120)' \) \
    -compose Multiply -composite -seed 7 -attenuate .3 +noise Gaussian \
    -strip -quality 85 photo.jpg

run ocr-extract -q -j1 --text scan.jpg
is "$rc:$(jqv -c '.pages[0] | [has("photo"), has("sheet")]')" '0:[false,false]' \
    "a grey scan with white margins is no photo"
ref=$out

run ocr-extract -q -j1 --text photo.jpg
is "$rc:$(jqv '.pages[0].photo')" 0:true "the photo is said to be one"
# each corner of the sheet found within 6 pixels of where it was put
far=$(jqv -c '.pages[0].sheet' | jq -r --argjson t \
    '[[60,50],[1190,70],[80,1700],[1160,1680]]' \
    '[range(4) as $k | (.[$k][0] - $t[$k][0]), (.[$k][1] - $t[$k][1])
      | fabs | select(. > 6)] | length')
is "$far" 0 "its sheet's corners are found ($(jqv -c '.pages[0].sheet'))"
is "$(jqv -r '.pages[0].text' | grep -c 'Lò Văn Thoong')" 3 \
    "all three copies of the decision are read, the one in shadow too"
is "$(jqv -r '.decision.number')" 245/QĐ-UBND \
    "the decision number is read"
# a field's box in the photo is its box in the scan carried through the
# corners (bilinearly), give or take 15 pixels
for f in decision.number 'owners[0].name'; do
	want=$(printf '%s\n' "$ref" | jq -c --arg f "$f" '.fields[$f].bbox')
	got=$(jqv -c --arg f "$f" '.fields[$f].bbox')
	d=$(jq -n --argjson a "$want" --argjson b "$got" '
	    def lerp(u; v; p; q; r; s): (1-u)*(1-v)*p + u*(1-v)*q + (1-u)*v*r + u*v*s;
	    (($a[0] + $a[2] / 2) / 1239) as $u | (($a[1] + $a[3] / 2) / 1753) as $v |
	    [lerp($u; $v; 60; 1190; 80; 1160) - ($b[0] + $b[2] / 2),
	     lerp($u; $v; 50; 70; 1700; 1680) - ($b[1] + $b[3] / 2)]
	    | map(fabs) | max | floor')
	ok "$([ "$d" -le 15 ] && echo 0 || echo 1)" \
	    "the box of $f lies where it was photographed ($got, $d px off)"
done

# A photo whose sheet the cleanup finds wrong loses text; the page is read
# as plain Tesseract reads it too (grey, no cleanup), and the better
# reading kept: here a dark ruler lies across the sheet under the first
# copy, so that the sheet found is the part below it (the build before
# read two copies of three).  The photo is read twice, no more.
convert scan.jpg -colorspace sRGB -background 'rgb(70,60,50)' \
    -virtual-pixel background -distort Perspective \
    '0,0 60,50  1239,0 1190,70  0,1753 80,1700  1239,1753 1160,1680' \
    -fill 'rgb(70,60,50)' -draw 'polygon 0,650 1239,665 1239,715 0,700' \
    \( -size 1240x1754 gradient:'rgb(250,248,240)-rgb(160,155,150)' \) \
    -compose Multiply -composite -seed 7 -attenuate .3 +noise Gaussian \
    -strip -quality 85 ruler.jpg
run ocr-extract -q -j1 --text ruler.jpg
is "$rc:$(jqv -c '.pages[0] | [.photo, .plain, .ocr_readings]')" \
    '0:[true,true,2]' "a photo whose sheet was found short is read plain too, and that reading kept"
is "$(jqv -r '.pages[0].text' | grep -c 'Lò Văn Thoong')" 3 \
    "all three copies of the decision are read, the one above the ruler too"
is "$(jqv -r '.decision.number')" 245/QĐ-UBND \
    "the decision number is read"

# Phone photos as messaging apps pass them on (testdata/real-phone, made by
# gen-real's phone12): the sheet is found where a light table joins its
# bottom (04) or a shadow darkens a corner (05), read flat and scaled up
# by its letters' height (~130 dpi).  The build before found neither a
# photo, and read nothing of 05.
P=$TD/real-phone
run ocr-extract -q -j1 --text "$P/phone12-04.jpg"
is "$rc:$(jqv -c '.pages[0] | [.photo, .upscaled]')" '0:[true,true]' \
    "a photo on a light table is one, and is scaled up"
like "$(jqv -r '.pages[0].text')" "732/QĐ-UB" "its decision number is read"
run ocr-extract -q -j1 --text "$P/phone12-05.jpg"
is "$rc:$(jqv -c '.pages[0] | [.photo, .upscaled]')" '0:[true,true]' \
    "a photo with a shadow over a corner is one, and is scaled up"
t=$(jqv -r '.pages[0].text')
like "$t" "Nguyễn Văn Hiếu" "its owner is read"
like "$t" "135,5 m²" "and an area"

done_testing
