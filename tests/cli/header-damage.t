#!/bin/sh
# extract-text: a header damaged by a stamp or by OCR.  The issuing
# committee when the line under "ỦY BAN NHÂN DÂN" names no unit (a stamp
# left a piece of the state's name there, or the motto was read under it):
# the unit's line below is the committee's.  The subject line whose "Về
# việc" OCR damaged still says the kind.
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

# edited SED-SCRIPT: cho-thue.txt edited by the script.
edited() {
	sed "$1" "$TD/extract/cho-thue.txt" >edited.txt
	run extract-text -q edited.txt
}
# Điều 1 names no kind ("Cho ông A ... thuê đất"): the subject line's,
# reviewed.
edited 's/^Về việc cho thuê đất/và việc cho thuê đất/'
is "$(jqv -r '.decision.kind')" "cho-thue" "the kind with \"Về việc\" misread"
is "$(jqv -r '[.review[] | select(.field == "decision.kind")] | length')" 1 \
    "said by the subject line alone, it is reviewed"
edited 's/^Về việc cho thuê đất/và việc cho thuê đất/; s/^Điều 1. Cho ông/Điều 1. Cho thuê đất đối với ông/'
is "$(jqv -r '[.review[] | select(.field == "decision.kind")] | length')" 0 \
    "said by the subject line and Điều 1 alike, it is not reviewed"
edited 's/^Về việc cho thuê đất/và việc thu hồi đất/; s/^Điều 1. Cho ông/Điều 1. Cho thuê đất đối với ông/'
is "$(jqv -r '[.review[] | select(.field == "decision.kind")] | length')" 1 \
    "the subject line and Điều 1 at odds: the kind is reviewed"

done_testing
