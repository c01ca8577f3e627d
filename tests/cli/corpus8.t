#!/bin/sh
# corpus8: the eighth template family (testdata/gen8), kept held out: it is
# well-formed (tests/check-corpus), most of its land decisions list holders
# in tables of layouts of its own (a two-level header with compensation
# columns in a landscape appendix, a table leaving its header and two rows on
# page 1, light-grey Excel grids with a CCCD column, communities and a
# commune committee as holders, a bare table, a change-of-use table with
# "Hiện trạng | Sau khi chuyển" under one header), it holds every kind of
# decision, every damage group, colour PDFs with a seal and a hand-written
# number, committees of other provinces than Điện Biên (district, town and,
# since July 2025, commune ones), and the generator still writes the
# committed document for its seed.  No OCR.
. "$(dirname "$0")/lib.sh"
C=$TD/corpus8
M=$C/MANIFEST.tsv

family_basics "$C" 8
is "$(jq -r .dpi "$C"/*.json | sort -n -u | xargs)" "130 150 200 300" \
	"scans at ~130, 150, 200 and 300 dpi"
is "$(grep -h -o '"organisation": true' "$C"/*.json | wc -l)" "4" \
	"a community, a commune committee, a cooperative and a company hold land"
is "$(grep -l '"spouse": [0-9]' "$C"/*.json | wc -l)" "4" "couples in tables and in prose"
is "$(awk -F'\t' '$5 > 1 { print $7 }' "$M" | grep -c '^table-')" "6" \
	"six tables run onto page 2 or sit in an appendix page"
is "$(awk -F'\t' '$2 == "thu-hoi" { print $7 }' "$M" | LC_ALL=C sort | xargs)" \
	"table-community-orgs table-excel-grey-cccd table-households-split table-twolevel-comp-appendix table-unruled-codes" \
	"five recovery-table layouts"
is "$(awk -F'\t' '$4 ~ /^mild-colour/ { print $6 }' "$M" | sed 's/.*\.//' | xargs)" "pdf pdf" \
	"colour scans come as PDFs"
[ "$(awk -F'\t' 'NR > 1 && $2 != "other" && $7 ~ /^table-/' "$M" | wc -l)" -ge 8 ]
ok $? "most land decisions list holders in a table"
grep -q 'ngày \.\.\.\.\.\.\. tháng' "$C"/*.json
ok $((1 - $?)) "the truth gives a hand-written date as the date, not as dots"

# Deterministic: document 5 (a bare recovery table, blurred and noisy grey at
# 150 dpi) comes out again, its truth byte for byte and its scan pixel for
# pixel.
reproduces "$TOP/testdata/gen8/gen8" 8 5 "$C"

done_testing
