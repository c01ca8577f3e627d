#!/bin/sh
# A grainy page: a nearly empty grey page (a decision's last page, its
# paper grey) peppered with toner specks, which the cleanup takes off.
# The engine's own threshold of such a page (Otsu's, over the page as a
# whole) falls in the paper's grain and makes a blob of every grain around
# the specks taken off; laid out on those blobs the page read its four
# lines with hundreds of lines of junk, at half the confidence, and on the
# second pages of two decisions of family 11 the layout ran 40 minutes.
# The page is laid out on the cleanup's own 1 bpp view of it instead.
. "$(dirname "$0")/lib.sh"

# 1500 specks of 2.4 to 4 pixels across, 200 dpi, below the lines.
awk 'BEGIN { srand(7); print "viewbox 0 0 1653 1400"; print "fill gray(20%)"
	for (i = 0; i < 1500; i++) {
		x = int(rand() * 1653); y = 350 + int(rand() * 1050)
		printf "circle %d,%d %d,%.1f\n", x, y, x, y + 1.2 + rand() * 0.8
	} }' >specks.mvg
convert -size 1653x1400 xc:'gray(95%)' \
    \( -size 1653x1400 -background none mvg:specks.mvg \) -composite \
    -font DejaVu-Sans -pointsize 26 -fill 'gray(15%)' \
    -annotate +120+150 "Nơi nhận:" -annotate +120+200 "- Như Điều 3;" \
    -annotate +120+250 "- Sở Tài nguyên và Môi trường;" \
    -annotate +1000+150 "KT. CHỦ TỊCH" -annotate +1000+300 "Giáp Duy Khải" \
    -blur 0x0.6 -alpha off -colorspace Gray -depth 8 -density 200 \
    -units PixelsPerInch -compress lzw grainy.tif

run ocr-extract -q -j1 --no-extract --text grainy.tif
is "$rc" 0 "the grainy page is read"
is "$(jqv -r '.pages[0].text' | grep -c '[[:alpha:]]')" 4 \
    "its four lines, and no junk read off its specks"
like "$(jqv -r '.pages[0].text')" "^- Sở Tài nguyên và Môi trường;$" "read right"
is "$(jqv '.pages[0].ocr_conf > 90')" true "with a good confidence"
done_testing
