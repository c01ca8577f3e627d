#!/bin/sh
# extract-text: the issuing committee when the line under "ỦY BAN NHÂN
# DÂN" names no unit: a stamp left a piece of the state's name there, or
# the motto was read under it; the unit's line below is the committee's.
. "$(dirname "$0")/lib.sh"

# header LINES... then the body of FIXTURE (its first two lines dropped).
header() {
	f=$1
	shift
	{ printf '%s\n' "$@"; sed 1,2d "$TD/extract/$f"; } >header.txt
	run extract-text -q header.txt
}

header cho-thue.txt 'ỦY BAN NHÂN DÂN' 'CÔN (Ã HỘI CHỦ NGHĨA VIỆT NAM' \
    'HUYỆN ĐIỆN BIÊN' 'Độc lập - Tự do - Hạnh phúc'
is "$(jqv -r '.decision.issuer')" "Ủy ban nhân dân huyện Điện Biên" \
    "a stamp's remnant under the committee is passed over for the unit below"

header special-zone.txt 'ỦY BAN NHÂN DÂN' 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' \
    'Độclậpy Tự doi ›^Hạnh phúc. . LUM/ 8l' 'ĐẶC KHU VÂN ĐỒN'
is "$(jqv -r '.decision.issuer')" "Ủy ban nhân dân đặc khu Vân Đồn" \
    "a special zone (đặc khu) named under a damaged motto is the committee"

header cho-thue.txt 'ỦY BAN NHÂN DÂN' 'HUYỆN ĐIỆN BIÊN' \
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' 'Độc lập - Tự do - Hạnh phúc'
is "$(jqv -r '.decision.issuer')" "Ủy ban nhân dân huyện Điện Biên" \
    "a unit named under the committee is kept"

done_testing
