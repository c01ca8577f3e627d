#!/bin/sh
# ocr-extract and landrec-review on pages laid out in blocks: header blocks
# side by side of other widths and arrangements, and the boxes of fields
# in the scan's coordinates on 150-, 200- and 300-dpi, turned and skewed
# pages, where every crop landrec-review cuts shows its value.
. "${LANDREC_TOP:-.}/tests/cli/lib.sh"

# page OUT LEFT_X RIGHT_X WRAP [convert options]: a 300 dpi decision whose
# header blocks start at LEFT_X and RIGHT_X; WRAP 1 puts "VIỆT NAM" of the
# motto on a line of its own.
page() {
	o=$1 lx=$2 rx=$3 wrap=$4; shift 4
	m1="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" m2="" d=0
	[ "$wrap" = 1 ] && m1="CỘNG HÒA XÃ HỘI CHỦ NGHĨA" m2="VIỆT NAM" d=64
	convert -size 2480x1500 xc:white -font DejaVu-Serif -pointsize 36 \
	    -fill black \
	    -annotate +$((lx + 40))+150 "ỦY BAN NHÂN DÂN" \
	    -annotate +$((lx + 20))+214 "HUYỆN MƯỜNG ẢNG" \
	    -annotate +$((lx + 30))+320 "Số: 245/QĐ-UBND" \
	    -annotate +"$rx"+150 "$m1" \
	    -annotate +$((rx + 200))+214 "$m2" \
	    -annotate +$((rx + 60))+$((214 + d)) "Độc lập - Tự do - Hạnh phúc" \
	    -annotate +$((rx + 20))+$((320 + d)) \
	    "Mường Ảng, ngày 12 tháng 8 năm 2019" \
	    -annotate +1050+520 "QUYẾT ĐỊNH" \
	    -annotate +600+590 "Về việc giao đất cho hộ gia đình, cá nhân" \
	    -annotate +200+720 "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;" \
	    -annotate +200+840 "Điều 1. Giao cho ông Lò Văn Thắng, sinh năm 1975," \
	    -annotate +200+920 "thường trú tại bản Co Mận, xã Mường Phăng." \
	    -annotate +200+1000 "Thửa đất số: 125; Tờ bản đồ số: 14" \
	    -annotate +200+1080 "Điều 2. Chánh Văn phòng chịu trách nhiệm thi hành." \
	    "$@" -density 300 -units PixelsPerInch "$o"
}

g4="-threshold 50% -compress Group4"
page wrap.tif 150 1250 1 $g4
page wide.tif 250 1300 0 $g4
page near.tif 100 1050 0 $g4
convert wrap.tif -resample 200 $g4 d200.tif
convert wrap.tif -resample 150 $g4 d150.tif
convert wrap.tif -background white -rotate 90 $g4 turned.tif
convert wrap.tif -background white -rotate 3 +repage $g4 skewed.tif
scan-import -q wrap.tif wide.tif near.tif d200.tif d150.tif turned.tif \
    skewed.tif >in.jsonl
# Every field in review, each with its own box: confidences as read (no
# calibration) and items not merged per row or column.
cp -r "$TOP/schemas" raw && : >raw/calibration.tsv &&
    printf 'merge_column\t0\n' >>raw/extract.tsv
ocr-extract -q --keep-words --schemas raw --review-below 1 <in.jsonl >out.jsonl
is "$?" 0 "seven pages read"

head='.decision | [.issuer, .number, .date] | @tsv'
for id in wrap wide near d200 d150 turned skewed; do
	is "$(jq -r "select(.id == \"$id\") | $head" out.jsonl)" \
	    "Ủy ban nhân dân huyện Mường Ảng	245/QĐ-UBND	2019-08-12" \
	    "$id: the issuer is the left header block's, number and date read"
done
is "$(jq -r 'select(.id == "wrap") | .ocr.pages[0].lines[] |
    select(.kind == "header-left") | [.words[][0]] | join(" ")' out.jsonl)" \
    "ỦY BAN NHÂN DÂN
HUYỆN MƯỜNG ẢNG
Số: 245/QĐ-UBND" "the left header block is read on its own, top to bottom"
is "$(jq -r 'select(.id == "wrap") | [.ocr.pages[0].lines[].kind] | unique |
    join(" ")' out.jsonl)" "body header-left header-right title" \
    "the lines carry their blocks' kinds"

# Boxes: in the scan's coordinates, on the page; each crop shows its value.
is "$(jq -r '.fields[] | select(.bbox) | .bbox[0] >= 0 and .bbox[1] >= 0' \
    out.jsonl | sort -u)" true "boxes start on the page"
run landrec-review -q --html site out.jsonl
is "$rc" 0 "landrec-review cuts every crop (no box outside the page)"
# crop ID FIELD: the crop file of FIELD in ID's page.
crop() {
	grep -o "img/$1-[0-9]*\.png\" alt=\"Ảnh quét: $2\"" "site/$1.html" |
	    cut -d'"' -f1
}
# read PNG: the text tesseract reads on the crop, bordered, at three sizes
# and two page modes (small crops read unevenly), one reading a line.
read_crop() {
	for z in 100 200 300; do
		convert "$1" -resize $z% -bordercolor white -border 30 big.png
		for m in 6 7; do
			tesseract big.png - --psm $m -l vie 2>/dev/null | tr '\n' ' '
			echo
		done
	done
}
for id in wrap d200 d150 turned skewed; do
	like "$(read_crop "site/$(crop "$id" decision.number)")" '245/QĐ' \
	    "$id: the crop of the number shows it"
	like "$(read_crop "site/$(crop "$id" decision.date)")" \
	    'tháng 8 năm 2019' "$id: the crop of the date shows it"
	like "$(read_crop "site/$(crop "$id" 'owners\[0\].name')")" \
	    'Lò Văn Thắng' "$id: the crop of the owner's name shows it"
done
# x of ID's number box.
box_x() {
	jq -r "select(.id == \"$1\") | .fields[\"decision.number\"].bbox[0]" \
	    out.jsonl
}
x3=$(box_x wrap) x2=$(box_x d200)
ok "$([ $((x3 * 2 / 3 - x2)) -le 3 ] && [ $((x2 - x3 * 2 / 3)) -le 3 ] &&
    echo 0 || echo 1)" \
    "a 200 dpi page's boxes are two thirds of the 300 dpi page's ($x2, $x3)"

done_testing
