#!/bin/sh
# A page strewn with toner specks (tens of thousands of blobs under 1/60
# inch that the cleanup cannot take off, too close together to stand
# alone) is laid out without them: the engine's column finding over every
# speck took a minute a page (issue #16: 62 s on a nearly empty noisy
# page), 30 times the page without specks; the lines are read from the
# page as before.  The page is bench/noisy-pages's toner page, smaller.
# How long it takes is measured by bench/slow-pages, against plain tesseract
# in the same run, not here: a ratio of CPU times is no test (under the sanitizers the
# speckled page's blob analysis is slowed far more than the engine, and
# this check failed CI at 12.9 times against a bound of 10).
. "$(dirname "$0")/lib.sh"

# page OUT NOISE-OPTIONS...: two lines at 300 dpi.
page() {
	o=$1
	shift
	convert -seed 6 -size 2480x1400 xc:'gray(225)' -font DejaVu-Serif \
	    -pointsize 50 -fill 'gray(15)' \
	    -annotate +150+200 'Nơi nhận: Như Điều 3;' \
	    -annotate +150+300 'Lưu VT, UBND xã.' -blur 0x0.6 "$@" \
	    -colorspace Gray -alpha off -depth 8 -density 300 \
	    -units PixelsPerInch -compress lzw "$o"
}
page plain.tif
page toner.tif -attenuate 0.6 +noise Impulse -morphology Erode Disk:1 \
    -attenuate 1.5 +noise Gaussian

run ocr-extract -q -j1 --no-extract --text plain.tif
like "$(jqv -r '.pages[0].text')" "^Nơi nhận: Như Điều 3;$" "the page without specks is read"
run ocr-extract -q -j1 --no-extract --text toner.tif
is "$rc" 0 "the page strewn with specks is read"
is "$(jqv -c '.pages[0] | [has("ocr_error"), .denoised, .ocr_conf > 0]')" \
    "[false,true,true]" "without error, its specks taken off before it is read"
done_testing
