#!/bin/sh
# corpus9: the ninth template family (testdata/gen9), kept held out: it is
# well-formed (tests/check-corpus), its recovery lists are laid out in ways
# of their own (a table with no rules at all, aligned by spaces only; a
# two-level header over a holder cell merged down its parcels; a table run
# onto page 2 with its header drawn again and a totals row; a landscape
# appendix with couples and households in one row; the parcel columns first
# and the holder last), it holds every kind of decision, every damage group,
# colour PDFs with a seal, a signature and a hand-written number, committees
# of provinces no other family uses (district, town and city ones, and since
# July 2025 commune and ward ones, naming no district), the area in words,
# and the generator still writes the committed document for its seed.  No
# OCR.
. "$(dirname "$0")/lib.sh"
C=$TD/corpus9
M=$C/MANIFEST.tsv

family_basics "$C" 9
is "$(jq -r .dpi "$C"/*.json | sort -n -u | xargs)" "120 150 200 300" \
	"scans at ~120, 150, 200 and 300 dpi"
is "$(awk -F'\t' '$2 == "thu-hoi" { print $7 }' "$M" | LC_ALL=C sort | xargs)" \
	"table-landscape-appendix table-long-repeated-header table-merged-twolevel table-parcel-first table-unruled-spaces" \
	"five recovery-table layouts"
[ "$(awk -F'\t' 'NR > 1 && $7 ~ /^table-/' "$M" | wc -l)" -ge 7 ]
ok $? "at least seven decisions list holders in a table"
is "$(grep -l '"spouse": [0-9]' "$C"/*.json | wc -l)" "4" \
	"couples in merged cells, in one row and in prose"
is "$(grep -c '"organisation": true' "$C"/*.json | awk -F: '{ s += $2 } END { print s }')" "1" \
	"a company leases land"
is "$(awk -F'\t' '$3 == "post-2025-07" { print $2 }' "$M" | LC_ALL=C sort | xargs)" \
	"chuyen-muc-dich giao-dat thu-hoi" "three decisions of communes and wards after July 2025"
is "$(jq -r 'select(.era == "post-2025-07") | .decision.issuer' "$C"/*.json | sed 's/ [^ ]*$//' | cut -d' ' -f5 | sort -u | xargs)" \
	"phường xã" "issued by a commune or a ward committee"
is "$(awk -F'\t' '$4 ~ /^mild-colour/ { print $6 }' "$M" | sed 's/.*\.//' | xargs)" "pdf pdf" \
	"colour scans come as PDFs"
grep -q 'Bằng chữ: ' "$C"/*.json
ok $? "an area is written in words too"
is "$(jq -r '.font' "$C"/*.json | sort -u | xargs)" \
	"EB Garamond Open Sans Roboto Roboto Condensed" "fonts no other family uses"
grep -l 'Số TT    Tên người sử dụng đất' "$C"/*.json | xargs jq -r '.page_text[1]' |
	grep -q '^Số TT    Tên người sử dụng đất'
ok $? "the long table's header is drawn again on page 2"

# Deterministic: document 12 (a post-2025 change of use, G4 with toner
# specks and uneven light) comes out again, its truth byte for byte and its
# scan pixel for pixel.
reproduces "$TOP/testdata/gen9/gen9" 9 12 "$C"

done_testing
