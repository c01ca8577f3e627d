#!/bin/sh
# Make the small test scans of testdata/review (kept in git; run again only
# to change them).  Page 1 upright; page 2 stored turned 90 degrees
# counter-clockwise, so ocr-extract's "rotation": 90 (clockwise) sets it up.
set -e
cd "$(dirname "$0")"
convert -size 1240x1754 xc:white -font DejaVu-Serif -pointsize 30 \
	-annotate +100+200 "Số: 245/QĐ-UBND" \
	-annotate +100+400 "Ông Lò Văn Thắng, sinh năm 1975" \
	-annotate +100+460 "CCCD số 011075001234" \
	-annotate +100+600 "Thửa đất số: 125; Tờ bản đồ số: 14" \
	-annotate +100+660 "Diện tích: 1.230,5 m²" \
	-density 150 -units PixelsPerInch -threshold 50% p1.tif
convert -size 1240x1754 xc:white -font DejaVu-Serif -pointsize 30 \
	-annotate +100+300 "Bà Quàng Thị Hoà, sinh năm 1980" \
	-rotate -90 -density 150 -units PixelsPerInch -threshold 50% p2.tif
convert p1.tif p2.tif -alpha off -type bilevel -compress Group4 scans/QD-2016-0005.tif
rm -f p1.tif p2.tif
