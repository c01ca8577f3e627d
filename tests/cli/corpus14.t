#!/bin/sh
# corpus14: the fourteenth template family (testdata/gen14), kept held out:
# it is well-formed (tests/check-corpus); its tables are laid out in ways no
# other family uses (header cells turned 90 degrees; "Diện tích (m²)" over
# Tổng | Thu hồi | Còn lại; a table from mid-page to a "Cộng" row on page 2;
# a table of unit prices after the holders'; co-owners on two lines of one
# cell; birth dates and "Số ĐDCN" columns); holders in a list with tab
# leaders; English-style numbers; areas in words; a signature on the left;
# an emblem and a boxed issuer; a footer with the page count; committees of
# every level before July 2025 and communes and a ward after it; faces no
# other family draws with; scans of issue #17's look no other family has;
# and the generator still writes the committed document for its seed.  No
# OCR.
. "$(dirname "$0")/lib.sh"
C=$TD/corpus14
M=$C/MANIFEST.tsv
text() { jq -r '.page_text[]' "$1"; }
doc() { grep -l "\"layout\": \"$1\"" "$C"/*.json; }

family_basics "$C" 14
is "$(jq -r .dpi "$C"/*.json | sort -n -u | xargs)" "150 200 300" "scans at 150, 200 and 300 dpi"
[ "$(awk -F'\t' 'NR > 1 && $7 ~ /^table-/' "$M" | wc -l)" -ge 6 ]
ok $? "at least six decisions put their land in a table"
is "$(jq -r '.font' "$C"/*.json | sort -u | xargs)" "Open Sans Condensed TeX Gyre Adventor" \
	"TeX Gyre Adventor and Open Sans Condensed"
for d in "$TD"/corpus "$TD"/corpus[2-9] "$TD"/corpus1[0-3]; do
	jq -r '.font' "$d"/*.json
done | sort -u | grep -x 'TeX Gyre Adventor\|Open Sans Condensed' >shared.txt
is "$(cat shared.txt)" "" "no other family draws with them"

# Rotated header cells: the columns' order as printed, a row per holder.
d=$(doc table-rotated-headers)
is "$(text "$d" | grep '^TT    ')" \
	"TT    Họ và tên chủ sử dụng    Tờ bản đồ số    Thửa đất số    Diện tích thu hồi (m²)    Loại đất    Địa chỉ thường trú" \
	"the table's header"
is "$(text "$d" | grep -c '^[0-9]    \(Ông\|Bà\) ')" "$(jq '.parcels | length' "$d")" "a row per parcel"
is "$(jq '[.parcels[] | select(.area > 1000)] | length > 0' "$d")" "true" "areas past a thousand (1.234,5)"

# Tổng | Thu hồi | Còn lại: the truth holds the recovered area.
d=$(doc table-area-total-recovered-remaining)
is "$(text "$d" | grep -x 'Tổng    Thu hồi    Còn lại')" "Tổng    Thu hồi    Còn lại" "three areas under one head"
a=$(jq -r '.parcels[0].area' "$d" | sed 's/\./,/')
text "$d" | grep -q "^1    .*    [0-9.]*,[0-9]    $a    [0-9.]*,[0-9]    ODT$"
ok $? "the truth's area is the one under Thu hồi"

# Tab leaders.
d=$(doc list-tab-leaders)
is "$(text "$d" | grep -c '^[0-9]\. \(Ông\|Bà\) .* \.\.\.\.\.\.* thửa [0-9]*, tờ [0-9]*, [0-9.,]* m²$')" \
	"$(jq '.parcels | length' "$d")" "a numbered line with dots per holder"

# A table from mid-page onto page 2, ending with Cộng.
d=$(doc table-midpage-roman-cong)
is "$(jq .pages "$d")" "2" "two pages"
[ "$(jq -r '.page_text[1]' "$d" | grep -c '^[0-9]*    \(Ông\|Bà\) ')" -ge 2 ]
ok $? "rows on page 2 with no header"
t=$(jq '[.parcels[].area] | add * 10 | round' "$d")
is "$(jq -r '.page_text[1]' "$d" | grep '^Cộng' | sed 's/[^0-9]//g')" "$t" "Cộng adds up the areas"
is "$(text "$d" | grep -c '^\(I\|II\|III\)\. ')" "3" "sections I, II, III"

# Unit prices after the holders: not parcels.
d=$(doc table-holders-then-unit-prices)
is "$(text "$d" | grep -c 'Đơn giá (đồng/m²)')" "1" "a table of unit prices"
is "$(jq '.parcels | length' "$d")" "$(jq '.owners | length' "$d")" "one parcel per holder, none per price"
is "$(jq -r '.owners[].id_type' "$d" | sort -u)" "dinh-danh" "personal IDs"

# Co-owners on two lines.
d=$(doc table-coowners-two-lines)
is "$(text "$d" | grep -c '^và \(bà\|ông\) ')" "3" "three second owners on a line of their own"
is "$(jq '.owners | length' "$d")" "9" "nine owners"
is "$(jq '.parcels | length' "$d")" "6" "six parcels"

# Birth dates and Số ĐDCN.
d=$(doc table-birthdates-ddcn)
is "$(jq -r '.owners[].birth_date' "$d" | grep -c '^[0-9]\{4\}-[0-9][0-9]-[0-9][0-9]$')" "7" "seven birth dates"
is "$(text "$d" | grep -c 'Số ĐDCN')" "1" "the ID column headed Số ĐDCN"

# Prose.
d=$(doc prose-couple-ddcn-words-left-sign)
is "$(jq -r '[.owners[].spouse] | map(tostring) | join(" ")' "$d")" "1 0" "a couple"
text "$d" | grep -q 'sinh ngày [0-9][0-9]/[0-9][0-9]/19[0-9][0-9], Số ĐDCN: [0-9]\{12\}'
ok $? "sinh ngày dd/mm/yyyy, Số ĐDCN"
text "$d" | grep -q 'm² (Bằng chữ: [A-Z]'
ok $? "the area in words"
text "$d" | grep -q '^CHỦ TỊCH    - '
ok $? "the signature on the left of Nơi nhận"
d=$(doc prose-extension-organisation-en-numbers)
is "$(text "$d" | grep -o 'Diện tích: [0-9]\{1,3\},[0-9]\{3\}\.[0-9] m2' | sed 's/ m2$//; s/[^0-9.]//g')" \
	"$(jq -r '.parcels[0].area' "$d")" "English-style thousands: 12,345.6 m2"
is "$(jq '.owners[0].organisation' "$d")" "true" "an organisation"
is "$(jq -r '.parcels[0].term' "$d")" "Đến ngày 31/12/2047" "the term extended"
d=$(doc prose-certificate-house-boxed-issuer-emblem)
grep -q '"house": {' "$d"
ok $? "a certificate with a house"
d=$(doc prose-household-representative-footer)
is "$(jq '[.owners[] | select(.household)] | length' "$d")" "1" "a household"
is "$(jq '.owners | length' "$d")" "1" "its representative is not a holder"
is "$(text "$d" | tail -1)" "NTL - Trang 1/1" "a footer with initials and the page count"
like "$(jq -r .decision.number "$(doc prose-old-town-vv)")" '/2002/QĐ-UB$' "a number with the year inside"
is "$(jq '.owners | length' "$(doc prose-amending-clause)")" "0" "an amendment holds no land record"

# Committees.
is "$(jq -r '.decision.issuer' "$C"/*.json | cut -d' ' -f5 | sort -u | xargs)" \
	"huyện phường quận thành thị tỉnh xã" \
	"districts, urban districts, towns, cities, a province, communes and a ward"
is "$(jq -r 'select(.era == "post-2025-07") | .decision.issuer' "$C"/*.json | cut -d' ' -f5 | sort -u | xargs)" \
	"phường xã" "after July 2025, communes and a ward"

# Scans.
is "$(awk -F'\t' '$6 ~ /\.pdf$/ { print $4 }' "$M" | sed 's/-.*//' | sort | uniq -c | awk '{ print $2 $1 }' | xargs)" \
	"heavy2 mild1" "three colour PDFs"
is "$(grep -c 'heavy-\|mild-' "$M")" "10" "ten of fourteen scans worn"

# Deterministic: document 2 (a colour PDF with a coffee ring) and document
# 9 (a grey JPEG TIFF fed crooked) come out again byte for byte.
reproduces "$TOP/testdata/gen14/gen14" 14 2 "$C"
p=$(sed -n 2p again/MANIFEST.tsv | cut -f6)
cmp -s "again/$p" "$C/$p"
ok $? "the same PDF, byte for byte"
rm -rf again
reproduces "$TOP/testdata/gen14/gen14" 14 9 "$C"

done_testing
