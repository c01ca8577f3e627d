#!/bin/sh
# corpus10: the tenth template family (testdata/gen10), kept held out: it is
# well-formed (tests/check-corpus); its recovery lists are laid out in ways
# no other family uses (rows shaded by a dot screen with no rules at all and
# the area before the sheet and parcel, an address and a "Ghi chú" column;
# horizontal rules between holders only, each holder's parcels on rows of
# their own with a "Cộng" subtotal; a 19-holder table run onto page 2 with
# no header there, CMND and CCCD numbers in one column and areas in
# hectares; a money column and a "Tổng cộng" row; personal ID numbers with
# the parcel before the sheet and the use by name); it holds every kind of
# decision and damage group, colour PDFs (seal, signature, figures written
# by hand on a dotted line, yellowed paper with show-through), committees of
# a province, a city under the central government, an urban district
# (quận), towns and, after July 2025, communes and wards naming no
# district; fonts no other family uses; and the generator still writes the
# committed document for its seed.  No OCR.
. "$(dirname "$0")/lib.sh"
C=$TD/corpus10
M=$C/MANIFEST.tsv

family_basics "$C" 10
is "$(jq -r .dpi "$C"/*.json | sort -n -u | xargs)" "120 150 200 300" \
	"scans at ~120, 150, 200 and 300 dpi"
is "$(awk -F'\t' '$2 == "thu-hoi" { print $7 }' "$M" | LC_ALL=C sort | xargs)" \
	"table-hrules-subtotals table-money-total table-shaded-address-note table-split-no-header-ha table-ward-vv-dinh-danh" \
	"five recovery-table layouts"
[ "$(awk -F'\t' 'NR > 1 && $7 ~ /^table-/' "$M" | wc -l)" -ge 6 ]
ok $? "at least six decisions list holders in a table"
is "$(jq -r '.font' "$C"/*.json | sort -u | xargs)" \
	"Noto Sans Noto Serif Noto Serif Display" "fonts no other family uses"
for f in $(jq -r '.font' "$TD"/corpus[2-9]/*.json "$TD"/corpus/*.json | sort -u | tr ' ' '_'); do
	case "$f" in Noto_Sans|Noto_Serif|Noto_Serif_Display) echo "$f" ;; esac
done >shared.txt
is "$(cat shared.txt)" "" "no other family draws with them"

# The split table: page 2 goes on with a holder's row, not a header.
d=$(grep -l '"table-split-no-header-ha"' "$C"/*.json)
is "$(jq -r '.page_text[1]' "$d" | head -1 | cut -f1 -d' ')" \
	"$(jq '.owners | length' "$d" | awk '{ print $1 - 1 }')" \
	"the long table runs onto page 2 with no header (its last but one row first)"
jq -r '.page_text[0]' "$d" | grep -q '    0,[0-9]\{4\}$'
ok $? "areas printed in hectares"
is "$(jq -r '.owners[].id_type' "$d" | sort -u | xargs)" "cccd cmnd" \
	"9-digit CMND beside 12-digit CCCD in one column"
d=$(grep -l '"table-hrules-subtotals"' "$C"/*.json)
jq -r '.page_text[]' "$d" | grep -q '^Cộng    [0-9.]*,[0-9]$'
ok $? "a holder's parcels end with a subtotal row"
is "$(jq '[.parcels[].holder] | group_by(.) | map(length) | max' "$d")" "3" \
	"a holder with three parcel rows"
d=$(grep -l '"table-shaded-address-note"' "$C"/*.json)
like "$(jq -r '.page_text[0]' "$d")" '^TT    Họ và tên    Địa chỉ thường trú    Diện tích \(m²\)    Tờ bản đồ    Thửa đất' \
	"the area column stands before the sheet and the parcel, an address column too"

# Headers, wording, owners.
is "$(jq -r 'select(.era == "post-2025-07") | .decision.issuer' "$C"/*.json | cut -d' ' -f5 | sort -u | xargs)" \
	"phường xã" "after July 2025, communes and wards"
is "$(jq -r '.decision.issuer' "$C"/*.json | cut -d' ' -f5-6 | grep -E '^(quận|tỉnh|thành phố|thị xã|huyện)' | sed 's/ [^ ]*$//;s/^thành$/thành phố/' | awk '{print $1}' | sort -u | xargs)" \
	"huyện quận thành thị tỉnh" "committees of districts, quận, cities, towns and a province"
grep -q '"issuer": "Ủy ban nhân dân thành phố Đà Nẵng"' "$C"/*.json
ok $? "a city under the central government"
jq -r '.page_text[0]' "$C"/*.json | grep -q '^Số: [0-9]*/QĐ-UBND    .*, ngày [0-9]* tháng [0-9]* năm [0-9]*$'
ok $? "number and date on one line"
jq -r '.page_text[0]' "$C"/*.json | grep -q '^V/v thu hồi đất'
ok $? "a V/v line under the number"
jq -r '.page_text[]' "$C"/*.json | grep -q 'KT. CHỦ TỊCH'
ok $? "signed for the chairman"
jq -r '.page_text[]' "$C"/*.json | grep -q '^a) Thửa đất số'
ok $? "lettered sub-points"
is "$(grep -l '"organisation": true' "$C"/*.json | wc -l)" "1" "a company leases land"
is "$(jq -r '.owners[] | select(.household) | .name' "$C"/*.json | wc -l | awk '$1 >= 4 { print "yes" }')" \
	"yes" "households (hộ ông / hộ bà)"
grep -q '"term": "Đến ngày 31/12/2045"' "$C"/*.json
ok $? "a lease extended to a date"
is "$(awk -F'\t' '$4 ~ /^(mild-colour|mild-yellowed|heavy-showthrough)/ { print $6 }' "$M" | sed 's/.*\.//' | sort -u | xargs)" \
	"pdf" "colour scans come as PDFs"
is "$(awk -F'\t' '$6 ~ /\.pdf$/' "$M" | wc -l)" "6" "six colour PDFs"

# Deterministic: document 5 (a ward's recovery list, a colour PDF at 120 dpi
# with the number and the day written by hand) comes out again, its truth
# byte for byte, its PDF byte for byte.
reproduces "$TOP/testdata/gen10/gen10" 10 5 "$C"
cmp -s again/QD10-2025-0150.pdf "$C"/QD10-2025-0150.pdf
ok $? "the same PDF, byte for byte"

done_testing
